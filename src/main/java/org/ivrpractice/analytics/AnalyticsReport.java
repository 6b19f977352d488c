package org.ivrpractice.analytics;

import java.util.List;
import java.util.Map;

/**
 * Where a line's callers went, from a set of call summaries ({@link FlowAnalytics#of}): what {@code
 * GET /api/flows/{id}/analytics} answers and the analytics page draws. Shares are fractions (0 to
 * 1) of the calls they are shares of; times are milliseconds.
 *
 * @param flow the line
 * @param simulated true when the calls are a practice crowd's (never mixed with real calls)
 * @param sinceMs the earliest end of a call counted (0: all the log holds)
 * @param channel the channel counted, or null for all
 * @param calls how many calls
 * @param outcomes calls by outcome (every outcome named, zero included)
 * @param channels calls by channel
 * @param containment the share of calls that were self-served
 * @param transfers calls per queue, most first
 * @param nodes each node callers entered: visits, abandonment and re-prompts, most visited first
 * @param edges how many times callers went from one node to the next, most first
 * @param medianTimeToAgentMs the median time to a transfer, or null without transfers
 * @param p90TimeToAgentMs the 90th percentile time to a transfer, or null without transfers
 * @param timeToAgent transfers by time to agent
 * @param topPaths the ten most common paths, most first
 * @param missions for each mission called with, the share that reached its goal and where the rest
 *     left
 * @param overTime calls by when they ended, by outcome
 */
public record AnalyticsReport(
    String flow,
    boolean simulated,
    long sinceMs,
    String channel,
    int calls,
    Map<String, Integer> outcomes,
    Map<String, Integer> channels,
    double containment,
    List<QueueCount> transfers,
    List<NodeStats> nodes,
    List<EdgeCount> edges,
    Long medianTimeToAgentMs,
    Long p90TimeToAgentMs,
    List<Bucket> timeToAgent,
    List<PathCount> topPaths,
    List<MissionStats> missions,
    List<TimeSlot> overTime) {

  /** Calls transferred to a queue, and their share of all calls. */
  public record QueueCount(String queue, int calls, double share) {}

  /**
   * One node's traffic.
   *
   * @param node {@code flow/node}
   * @param visits how many times callers entered it
   * @param calls how many calls entered it
   * @param abandoned calls whose caller hung up while there
   * @param abandonment abandoned over calls
   * @param noInput no-input re-prompts there
   * @param noMatch no-match re-prompts there
   * @param repromptRate re-prompts over visits
   */
  public record NodeStats(
      String node,
      int visits,
      int calls,
      int abandoned,
      double abandonment,
      int noInput,
      int noMatch,
      double repromptRate) {}

  /** Callers going from one node to the next ({@code flow/node} each). */
  public record EdgeCount(String from, String to, int calls) {}

  /** A range of times to agent, {@code [fromMs, toMs)} ({@code toMs} null: and longer). */
  public record Bucket(String label, long fromMs, Long toMs, int calls) {}

  /** A path of node ids and how many calls took it. */
  public record PathCount(List<String> path, String outcome, int calls) {}

  /**
   * A mission's calls: how many reached its goal, and where the others' calls ended.
   *
   * @param leftAt node ({@code flow/node}) to the number of calls that ended there without the goal
   */
  public record MissionStats(
      String mission, int calls, int reached, double share, Map<String, Integer> leftAt) {}

  /** Calls that ended in {@code [startMs, startMs + widthMs)}, by outcome. */
  public record TimeSlot(long startMs, long widthMs, int calls, Map<String, Integer> outcomes) {}
}
