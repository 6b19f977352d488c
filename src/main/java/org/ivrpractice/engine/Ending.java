package org.ivrpractice.engine;

import org.ivrpractice.flow.Outcome;

/**
 * How a call ended.
 *
 * @param outcome transferred, self-served, hung up or abandoned
 * @param queue the queue transferred to, or null
 * @param queueLabel the queue's label in the call's locale, or null
 * @param waitSeconds the simulated estimated wait in the queue (0 when not transferred)
 * @param position the simulated position in the queue (0 when not transferred)
 */
public record Ending(
    Outcome outcome, String queue, String queueLabel, int waitSeconds, int position) {

  public static Ending of(Outcome outcome) {
    return new Ending(outcome, null, null, 0, 0);
  }
}
