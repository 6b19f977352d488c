package org.ivrpractice.testing;

import org.ivrpractice.engine.Input;

/**
 * Places scripted calls on a channel, one call at a time, so that the same scenarios can run on the
 * engine directly ({@link EngineDriver}) or through a channel's own front door (the Twilio
 * webhooks, the JSON API).
 */
public interface CallDriver {

  /**
   * Starts a new call, leaving any previous one, and returns its first turn.
   *
   * @param locale the call's locale, or null for the flow's first
   * @param seed the seed of the call's reference numbers
   */
  CallView start(String flowId, String locale, long seed);

  /** Sends the caller's input to the call under way and returns the next turn. */
  CallView send(Input input);
}
