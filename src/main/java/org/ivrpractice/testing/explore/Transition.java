package org.ivrpractice.testing.explore;

import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;

/**
 * One move from a call state and where it led: the engine's step, or the error the engine gave (a
 * flow that loops without waiting).
 *
 * @param move what the caller did
 * @param step the next state and turn, or null when the engine failed
 * @param error the engine's message when it failed, else null
 * @param seconds how long the move and the prompts it brought take
 */
record Transition(Move move, Step step, String error, double seconds) {

  static Transition take(Engine engine, Flow flow, CallState state, Move move) {
    try {
      Step step = engine.step(flow, state, move.input());
      return new Transition(
          move, step, null, move.seconds() + CallTiming.hearing(step.turn().prompts()));
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Transition(move, null, message, move.seconds());
    }
  }

  boolean failed() {
    return step == null;
  }
}
