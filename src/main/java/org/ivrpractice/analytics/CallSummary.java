package org.ivrpractice.analytics;

import java.util.List;
import java.util.Objects;

/**
 * One ended call, as the call log keeps it and {@code GET /api/calls/log} exports it (one JSON
 * object per line). It holds node ids, counts and names only: never a digit the caller pressed,
 * never words the caller said, never a call's own id.
 *
 * @param id this summary's id
 * @param flow the line called
 * @param revision the line's revision the call ran on (null when unknown)
 * @param channel {@code twilio}, {@code browser}, {@code terminal}, {@code scripted} or {@code
 *     crowd}
 * @param locale the locale the call started in
 * @param mission the practice mission's id, or null
 * @param simulated true for a crowd's caller (never mixed with real calls)
 * @param startedAt when the call started, in milliseconds since the epoch (simulated: 0)
 * @param durationMs how long the call lasted (simulated: estimated by the explorer's timing)
 * @param path the nodes entered, in order, as {@code flow/node}
 * @param more node entries left out of a very long path
 * @param inputs the caller's inputs by kind
 * @param reprompts each no-input and no-match, with its node
 * @param escapes the global escapes used, by name
 * @param fallbacks how many times a retry limit sent the caller to a fallback
 * @param outcome {@code self-served}, {@code transferred}, {@code hung-up} (the line hung up),
 *     {@code abandoned} (the caller hung up) or {@code error}
 * @param endNode the node the call ended at ({@code flow/node}): where the caller hung up, the
 *     transfer, the goodbye
 * @param queue the queue transferred to, or null
 * @param timeToAgentMs for a transferred call, from its start to the transfer; else null
 * @param goalReached for a mission's call, whether it reached the mission's goal; else null
 */
public record CallSummary(
    String id,
    String flow,
    String revision,
    String channel,
    String locale,
    String mission,
    boolean simulated,
    long startedAt,
    long durationMs,
    List<String> path,
    int more,
    CallTrace.Inputs inputs,
    List<CallTrace.Reprompt> reprompts,
    List<String> escapes,
    int fallbacks,
    String outcome,
    String endNode,
    String queue,
    Long timeToAgentMs,
    Boolean goalReached) {

  public static final String SELF_SERVED = "self-served";
  public static final String TRANSFERRED = "transferred";
  public static final String HUNG_UP = "hung-up";
  public static final String ABANDONED = "abandoned";
  public static final String ERROR = "error";

  /** The channels, as summaries name them. */
  public static final List<String> CHANNELS =
      List.of("twilio", "browser", "terminal", "scripted", "crowd");

  public CallSummary {
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(outcome, "outcome");
    path = path == null ? List.of() : List.copyOf(path);
    inputs = inputs == null ? CallTrace.Inputs.NONE : inputs;
    reprompts = reprompts == null ? List.of() : List.copyOf(reprompts);
    escapes = escapes == null ? List.of() : List.copyOf(escapes);
  }
}
