package org.ivrpractice.testing;

import java.util.List;
import org.ivrpractice.flow.Outcome;

/**
 * What a channel shows of a call after a turn: what the caller heard, where the call is, and
 * whether it has ended. It is all a scenario checks, so every channel that can produce it can run
 * the same scenarios.
 *
 * @param prompts what the caller heard in the turn, in order
 * @param node where the call is: {@code node} in the top-level flow, {@code flow/node} in a
 *     sub-flow; null when the channel cannot tell
 * @param ending how the call ended, or null while it goes on
 * @param sensitiveEntry true when the call now waits for a sensitive entry (a card number): what
 *     the caller enters next must be masked
 */
public record CallView(List<String> prompts, String node, Ended ending, boolean sensitiveEntry) {

  public CallView {
    prompts = List.copyOf(prompts);
  }

  public boolean ended() {
    return ending != null;
  }

  /**
   * How a call ended.
   *
   * @param queue the queue a transfer reached, or null
   */
  public record Ended(Outcome outcome, String queue) {

    /** {@code self-served}, {@code transferred to agents}. */
    public String describe() {
      return queue == null ? outcome.yamlName() : outcome.yamlName() + " to " + queue;
    }
  }
}
