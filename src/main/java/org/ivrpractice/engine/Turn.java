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
 * @param saves the records the call saved during the step ({@code save} nodes)
 * @param needs a saved record the engine asks for before it can go on ({@link Engine#pausing()}
 *     only), or null; then nothing is awaited and the call has not ended
 */
public record Turn(
    List<Prompt> prompts,
    Awaiting awaiting,
    Ending ending,
    String flowId,
    String nodeId,
    List<Event> events,
    List<SavedRecord> saves,
    RecordRequest needs) {

  public boolean ended() {
    return ending != null;
  }

  /** This turn, then {@code next}, which continued the call from where it stood. */
  Turn then(Turn next) {
    return new Turn(
        concat(prompts, next.prompts),
        next.awaiting,
        next.ending,
        next.flowId,
        next.nodeId,
        concat(events, next.events),
        concat(saves, next.saves),
        next.needs);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    List<T> all = new java.util.ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
