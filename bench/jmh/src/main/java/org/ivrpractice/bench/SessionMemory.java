package org.ivrpractice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.function.Function;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.CallRecordCodec;
import org.ivrpractice.session.InMemorySessionStore;
import org.ivrpractice.session.SessionStore;

/**
 * Heap per idle call: puts the states of {@code N} real calls waiting at the card-services main
 * menu into the in-memory session store, and compares the heap used after a full GC before and
 * after. Run it with a fixed heap. Prints one JSON line.
 *
 * <p>Usage: {@code SessionMemory [FLOWS_DIR] [SESSIONS]}.
 */
public final class SessionMemory {

  public static void main(String[] args) {
    String flows = args.length > 0 ? args[0] : "ivr-flows";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Flow flow = EngineStepBenchmark.cardServices(flows);
    Engine engine = new Engine();
    CallRecordCodec codec = new CallRecordCodec(new ObjectMapper());
    Function<String, CallRecord> atMainMenu = callSid -> atMainMenu(engine, flow, callSid);
    Function<String, CallRecord> afterLookup = callSid -> afterLookup(engine, flow, callSid);
    // Warm the engine so that its caches are in the baseline, not the difference.
    InMemorySessionStore warm =
        new InMemorySessionStore(Duration.ofMinutes(30), 1_000_000, System::nanoTime);
    warm.put("CAwarm", afterLookup.apply("CAwarm"), SessionStore.NEW).toCompletableFuture().join();
    warm.get("CAwarm").toCompletableFuture().join();
    int jsonChars = codec.write(atMainMenu.apply(callSid(0))).length();
    int jsonCharsAfterLookup = codec.write(afterLookup.apply(callSid(0))).length();

    long started = System.nanoTime();
    long perSession = bytesPerSession(count, atMainMenu);
    long putNanos = System.nanoTime() - started; // the engine's steps and the GCs included
    long perSessionAfterLookup = bytesPerSession(count, afterLookup);
    System.out.printf(
        "{\"sessions\":%d,\"bytes_per_session\":%d,\"json_chars_per_session\":%d,"
            + "\"bytes_per_session_after_lookup\":%d,\"json_chars_after_lookup\":%d,"
            + "\"fill_ms\":%d,\"max_heap\":%d}%n",
        count,
        perSession,
        jsonChars,
        perSessionAfterLookup,
        jsonCharsAfterLookup,
        putNanos / 1_000_000,
        Runtime.getRuntime().maxMemory());
  }

  /** Heap per session: {@code count} sessions put in a fresh store, heap compared after GCs. */
  private static long bytesPerSession(int count, Function<String, CallRecord> make) {
    InMemorySessionStore store =
        new InMemorySessionStore(Duration.ofMinutes(30), 1_000_000, System::nanoTime);
    long before = usedAfterGc();
    for (int i = 0; i < count; i++) {
      String callSid = callSid(i); // the key is part of what a session costs
      store.put(callSid, make.apply(callSid), SessionStore.NEW).toCompletableFuture().join();
    }
    long after = usedAfterGc();
    if (store.get(callSid(count - 1)).toCompletableFuture().join().isEmpty()) {
      throw new IllegalStateException("the last session is missing");
    }
    Reference.reachabilityFence(store);
    return (after - before) / count;
  }

  private static String callSid(int i) {
    return String.format("CA%032x", i);
  }

  /** A call's state as it waits at the main menu (after 1 for English), as the channel keeps it. */
  private static CallRecord atMainMenu(Engine engine, Flow flow, String callSid) {
    CallState start = engine.start(flow, null, callSid.hashCode() & 0xffffffffL).state();
    return CallRecord.twilio(
        EngineStepBenchmark.REVISION, engine.step(flow, start, Input.digits("1")).state(), false);
  }

  /**
   * A call's state at the replacement-delivery menu of the lost-card line: the card found, its
   * fields among the call's variables (the card masked, with its digest).
   */
  private static CallRecord afterLookup(Engine engine, Flow flow, String callSid) {
    CallState state = atMainMenu(engine, flow, callSid).state();
    state = engine.step(flow, state, Input.digits("1")).state();
    state = engine.step(flow, state, Input.digits(EngineStepBenchmark.CARD + "#")).state();
    if (!state.node().equals("delivery-menu")) {
      throw new IllegalStateException("expected the delivery menu, not " + state.node());
    }
    return CallRecord.twilio(EngineStepBenchmark.REVISION, state, false);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private SessionMemory() {}
}
