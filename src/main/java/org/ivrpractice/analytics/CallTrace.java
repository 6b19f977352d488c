package org.ivrpractice.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.practice.MissionGoal;

/**
 * What analytics keeps of a call while it runs, beside the call's state in the store (so that a
 * call whose requests reach several instances is traced whole): when it started, on which channel
 * and mission, the nodes it entered, its inputs by kind (never what was pressed or said), its
 * re-prompts and escapes. {@link #end} turns it into the {@link CallSummary} the call log keeps.
 *
 * <p>A trace is an immutable value; {@link #after} gives the next one. The path keeps at most
 * {@link #MAX_PATH} nodes (a call that loops longer keeps its first ones and counts the rest).
 *
 * @param channel where the call came from ({@code twilio}, {@code browser}, {@code terminal},
 *     {@code scripted}, {@code crowd})
 * @param locale the call's locale when it started
 * @param mission the practice mission's id, or null
 * @param startedAt when the call started, in milliseconds since the epoch (simulated calls: 0)
 * @param path the nodes entered, in order, as {@code flow/node}
 * @param more how many node entries the path left out
 * @param inputs the caller's inputs by kind
 * @param reprompts each no-input and no-match, with its node
 * @param escapes the global escapes used, by name, in order
 * @param fallbacks how many times a retry limit sent the caller to a fallback
 * @param goalReached true once the mission's goal was reached
 */
public record CallTrace(
    String channel,
    String locale,
    String mission,
    long startedAt,
    List<String> path,
    int more,
    Inputs inputs,
    List<Reprompt> reprompts,
    List<String> escapes,
    int fallbacks,
    boolean goalReached) {

  /** The longest path a trace keeps. */
  public static final int MAX_PATH = 200;

  /** The most re-prompts and escapes a trace keeps (each). */
  public static final int MAX_EVENTS = 100;

  public CallTrace {
    Objects.requireNonNull(channel, "channel");
    path = path == null ? List.of() : List.copyOf(path);
    inputs = inputs == null ? Inputs.NONE : inputs;
    reprompts = reprompts == null ? List.of() : List.copyOf(reprompts);
    escapes = escapes == null ? List.of() : List.copyOf(escapes);
  }

  /** The caller's inputs, counted by kind. */
  public record Inputs(int keys, int speech, int silence) {
    static final Inputs NONE = new Inputs(0, 0, 0);

    Inputs plus(Input input) {
      if (input instanceof Input.Digits) {
        return new Inputs(keys + 1, speech, silence);
      }
      if (input instanceof Input.Speech) {
        return new Inputs(keys, speech + 1, silence);
      }
      return input instanceof Input.Silence ? new Inputs(keys, speech, silence + 1) : this;
    }

    public int total() {
      return keys + speech + silence;
    }
  }

  /**
   * A prompt said again because the caller said nothing ({@code no-input}) or nothing that matched
   * ({@code no-match}).
   */
  public record Reprompt(String node, String kind) {
    public static final String NO_INPUT = "no-input";
    public static final String NO_MATCH = "no-match";
  }

  /** A call that has just started, with the turn it started with. */
  public static CallTrace started(
      String channel, String locale, String mission, long startedAt, Turn first, MissionGoal goal) {
    CallTrace empty =
        new CallTrace(
            channel,
            locale,
            mission,
            startedAt,
            List.of(),
            0,
            Inputs.NONE,
            List.of(),
            List.of(),
            0,
            false);
    return empty.with(first, goal);
  }

  /** The trace after the caller's input and the turn it gave. */
  public CallTrace after(Input input, Turn turn, MissionGoal goal) {
    CallTrace next =
        new CallTrace(
            channel,
            locale,
            mission,
            startedAt,
            path,
            more,
            inputs.plus(input),
            reprompts,
            escapes,
            fallbacks,
            goalReached);
    return next.with(turn, goal);
  }

  private CallTrace with(Turn turn, MissionGoal goal) {
    if (turn.events().isEmpty() && (goal == null || goalReached)) {
      return this;
    }
    List<String> nodes = new ArrayList<>(path);
    List<Reprompt> again = new ArrayList<>(reprompts);
    List<String> used = new ArrayList<>(escapes);
    int left = more;
    int fell = fallbacks;
    for (Event e : turn.events()) {
      switch (e.kind()) {
        case ENTERED -> {
          if (nodes.size() < MAX_PATH) {
            nodes.add(NodeIds.of(e.flowId(), e.nodeId()));
          } else {
            left++;
          }
        }
        case NO_INPUT -> add(again, new Reprompt(NodeIds.of(e), Reprompt.NO_INPUT));
        case NO_MATCH -> add(again, new Reprompt(NodeIds.of(e), Reprompt.NO_MATCH));
        case ESCAPE -> add(used, e.detail());
        case FALLBACK -> fell++;
        default -> {}
      }
    }
    boolean reached = goalReached || (goal != null && goal.reachedBy(turn));
    return new CallTrace(
        channel, locale, mission, startedAt, nodes, left, inputs, again, used, fell, reached);
  }

  private static <T> void add(List<T> list, T item) {
    if (list.size() < MAX_EVENTS) {
      list.add(item);
    }
  }

  /** The node the call is at now ({@code flow/node}), or null before any. */
  public String lastNode() {
    return path.isEmpty() ? null : path.get(path.size() - 1);
  }

  /**
   * The call's summary once it has ended.
   *
   * @param id the summary's own id (never a call's secret id)
   * @param flowId the line
   * @param revision the revision the call ran on
   * @param turn the last turn (its ending says how the call ended)
   * @param endedAt when it ended, in milliseconds since the epoch (simulated calls: the simulated
   *     duration)
   * @param simulated true for a crowd's caller
   */
  public CallSummary end(
      String id, String flowId, String revision, Turn turn, long endedAt, boolean simulated) {
    Outcome outcome = turn.ending().outcome();
    return summary(
        id,
        flowId,
        revision,
        endedAt,
        simulated,
        outcome.yamlName(),
        NodeIds.of(turn.flowId(), turn.nodeId()),
        turn.ending().queue(),
        outcome == Outcome.TRANSFERRED);
  }

  /** The summary of a call our line failed (the caller heard an apology). */
  public CallSummary failed(String id, String flowId, String revision, long endedAt) {
    return failed(id, flowId, revision, endedAt, false);
  }

  /** The summary of a call our line failed, a crowd's caller's when {@code simulated}. */
  public CallSummary failed(
      String id, String flowId, String revision, long endedAt, boolean simulated) {
    return summary(
        id, flowId, revision, endedAt, simulated, CallSummary.ERROR, lastNode(), null, false);
  }

  private CallSummary summary(
      String id,
      String flowId,
      String revision,
      long endedAt,
      boolean simulated,
      String outcome,
      String endNode,
      String queue,
      boolean transferred) {
    long duration = Math.max(0, endedAt - startedAt);
    return new CallSummary(
        id,
        flowId,
        revision,
        channel,
        locale,
        mission,
        simulated,
        startedAt,
        duration,
        path,
        more,
        inputs,
        reprompts,
        escapes,
        fallbacks,
        outcome,
        endNode,
        queue,
        transferred ? duration : null,
        mission == null ? null : goalReached);
  }
}
