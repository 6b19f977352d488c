package org.ivrpractice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Duration;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.session.CallSession;
import org.ivrpractice.session.InMemorySessionStore;
import org.ivrpractice.session.SessionCodec;

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
    SessionCodec codec = new SessionCodec(new ObjectMapper());
    // Warm the codec and the engine so that their caches are in the baseline, not the difference.
    InMemorySessionStore warm = new InMemorySessionStore(Duration.ofMinutes(30), System::nanoTime);
    warm.put("CAwarm", atMainMenu(engine, flow, "CAwarm"));
    warm.get("CAwarm");
    int jsonChars = codec.write(atMainMenu(engine, flow, String.format("CA%032x", 0))).length();

    InMemorySessionStore store = new InMemorySessionStore(Duration.ofMinutes(30), System::nanoTime);
    long before = usedAfterGc();
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String callSid = String.format("CA%032x", i); // the key is part of what a session costs
      CallSession session = atMainMenu(engine, flow, callSid);
      store.put(callSid, session);
    }
    long putNanos = System.nanoTime() - started; // the engine's two steps included
    long after = usedAfterGc();
    if (store.get(String.format("CA%032x", count - 1)).isEmpty()) {
      throw new IllegalStateException("the last session is missing");
    }
    Reference.reachabilityFence(store);
    long perSession = (after - before) / count;
    System.out.printf(
        "{\"sessions\":%d,\"heap_before\":%d,\"heap_after\":%d,\"bytes_per_session\":%d,"
            + "\"json_chars_per_session\":%d,\"put_us_per_session\":%.2f,\"max_heap\":%d}%n",
        count,
        before,
        after,
        perSession,
        jsonChars,
        putNanos / 1000.0 / count,
        Runtime.getRuntime().maxMemory());
  }

  /** A call's state as it waits at the main menu (after 1 for English), as the channel keeps it. */
  private static CallSession atMainMenu(Engine engine, Flow flow, String callSid) {
    CallState start = engine.start(flow, null, callSid.hashCode() & 0xffffffffL).state();
    return new CallSession(engine.step(flow, start, Input.digits("1")).state(), false);
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
