package org.ivrpractice.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ivrpractice.flow.Flow;

/**
 * Runs calls through flows: a pure function from a flow, a call's state and the caller's input to
 * the call's next state and what the caller hears. No clock, no I/O; the only randomness comes from
 * the seed a call starts with. Every channel and every test drives calls through this one class.
 *
 * <p>Records that calls save ({@code save} nodes) and that later calls look up live outside the
 * engine. An engine made with {@link SavedRecords} (none by default) saves to them and answers its
 * lookups from them within the step. An engine made with {@link #pausing()} does neither: a step
 * that saves lists the records in its turn, and a step that reaches a lookup of saved records stops
 * there with the request ({@link Turn#needs()}) for the channel to look up where it keeps them
 * (Redis, asynchronously) and hand back with {@link #answer}.
 */
public final class Engine {

  /**
   * More lookups of saved records than this in one step is a loop through lookups (no flow needs
   * one); whoever answers them, this engine or a channel with its store, stops there.
   */
  public static final int MAX_LOOKUPS = 50;

  private final SavedRecords records;

  /** An engine whose calls see no saved records (the practice data only). */
  public Engine() {
    this(SavedRecords.NONE);
  }

  /** An engine that saves to {@code records} and answers lookups from them within each step. */
  public Engine(SavedRecords records) {
    this.records = Objects.requireNonNull(records, "records");
  }

  private Engine(Void pausing) {
    this.records = null;
  }

  /** An engine whose steps stop at lookups of saved records, for the channel to answer. */
  public static Engine pausing() {
    return new Engine((Void) null);
  }

  /**
   * Starts a call: runs the flow from its start node up to the first input it waits for (or its
   * end).
   *
   * @param locale the call's language, or null for the flow's default
   * @param seed the source of the call's reference numbers
   * @throws IllegalArgumentException when the flow does not speak the locale
   */
  public Step start(Flow flow, String locale, long seed) {
    String language = locale == null ? flow.defaultLocale() : locale;
    if (!flow.locales().contains(language)) {
      throw new IllegalArgumentException(
          "flow " + flow.id() + " does not speak " + language + "; it speaks " + flow.locales());
    }
    CallState initial =
        new CallState(
            flow.id(),
            flow.id(),
            flow.start(),
            List.of(),
            language,
            0,
            0,
            Map.of(),
            Map.of(),
            seed,
            0,
            false);
    CallProgress call = new CallProgress(flow, initial);
    NodeRunner.runFrom(call, flow.start());
    return settled(flow, call.toStep());
  }

  /**
   * Continues a call with the caller's input.
   *
   * @param flow the call's top-level flow (the one it was started with)
   * @throws IllegalStateException when the call has ended, or when the flow loops without waiting
   */
  public Step step(Flow flow, CallState state, Input input) {
    Objects.requireNonNull(input, "input");
    if (state.ended()) {
      throw new IllegalStateException("the call has ended");
    }
    if (!state.flowId().equals(flow.id())) {
      throw new IllegalArgumentException(
          "the call runs flow " + state.flowId() + ", not " + flow.id());
    }
    if (waitsForRecord(flow, state)) {
      throw new IllegalStateException("the call waits for a saved record, not for the caller");
    }
    CallProgress call = new CallProgress(flow, state);
    InputHandler.handle(call, input);
    return settled(flow, call.toStep());
  }

  /**
   * Goes on from a step that stopped at a lookup of saved records ({@link Turn#needs()}), with the
   * record found, or null when there is none (the practice data is then looked in).
   *
   * @return the next step; its turn holds only what came after the lookup (see {@link #then(Step,
   *     Step)} to join the two)
   */
  public Step answer(Flow flow, CallState state, Map<String, String> record) {
    if (!waitsForRecord(flow, state)) {
      throw new IllegalStateException("the call does not wait for a saved record");
    }
    CallProgress call = new CallProgress(flow, state);
    NodeRunner.answer(call, record);
    return settled(flow, call.toStep());
  }

  /** A step, then the step that continued it: what the caller hears of both, and where it is. */
  public static Step then(Step first, Step next) {
    return new Step(next.state(), first.turn().then(next.turn()));
  }

  /** With saved records of its own, the engine saves and answers every lookup in the step. */
  private Step settled(Flow flow, Step step) {
    if (records == null) {
      return step;
    }
    Step whole = step;
    Turn latest = step.turn();
    for (int looked = 0; ; looked++) {
      latest.saves().forEach(records::save);
      RecordRequest needs = latest.needs();
      if (needs == null) {
        return whole;
      }
      if (looked >= MAX_LOOKUPS) {
        throw new IllegalStateException("flow " + flow.id() + " loops through its lookups");
      }
      CallProgress call = new CallProgress(flow, whole.state());
      NodeRunner.answer(call, records.find(needs).orElse(null));
      Step next = call.toStep();
      latest = next.turn();
      whole = then(whole, next);
    }
  }

  /** True when the state stands at a lookup that asked for a saved record. */
  private static boolean waitsForRecord(Flow flow, CallState state) {
    return !state.ended()
        && flow.flow(state.currentFlow()).nodes().get(state.node())
            instanceof org.ivrpractice.flow.Node.Lookup;
  }
}
