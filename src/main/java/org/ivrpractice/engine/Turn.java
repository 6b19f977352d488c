package org.ivrpractice.engine;

import java.util.List;

/**
 * What one step of a call produces: what the caller hears, then either what input is awaited or how
 * the call ended.
 *
 * @param prompts what the caller hears, in order
 * @param awaiting the input waited for, or null when the call has ended
 * @param ending how the call ended, or null while it goes on
 * @param flowId the flow of the node the call is now at
 * @param nodeId the node the call is now at (the ending node when ended)
 * @param events what happened during the step, in order
 */
public record Turn(
    List<Prompt> prompts,
    Awaiting awaiting,
    Ending ending,
    String flowId,
    String nodeId,
    List<Event> events) {

  public boolean ended() {
    return ending != null;
  }
}
