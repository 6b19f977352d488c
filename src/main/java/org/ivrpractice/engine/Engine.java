package org.ivrpractice.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ivrpractice.flow.Flow;

/**
 * Runs calls through flows: a pure function from a flow, a call's state and the caller's input to
 * the call's next state and what the caller hears. No clock, no I/O; the only randomness comes from
 * the seed a call starts with. Every channel and every test drives calls through this one class.
 */
public final class Engine {

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
    return call.toStep();
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
    CallProgress call = new CallProgress(flow, state);
    InputHandler.handle(call, input);
    return call.toStep();
  }
}
