package org.ivrpractice.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.analytics.AnalyticsReport.NodeStats;

/**
 * What a practice crowd predicts for a line: the {@link AnalyticsReport} of its simulated calls
 * (marked simulated), with the headline figures and each profile's own results beside it.
 *
 * @param flow the line
 * @param callers how many simulated callers
 * @param seed the seed of the run (the same seed gives the same report)
 * @param profiles each profile, with its callers' results
 * @param goals what the callers called for (mission ids, {@code queue:<name>})
 * @param report the analytics of the crowd's calls
 * @param containment the predicted share of self-served calls
 * @param abandonment the predicted share of calls the caller hung up on
 * @param abandonedAt the nodes callers hung up at, most first
 * @param medianTimeToAgentMs the predicted median time to an agent, or null without transfers
 * @param p90TimeToAgentMs the predicted 90th percentile time to an agent, or null
 */
public record CrowdReport(
    String flow,
    int callers,
    long seed,
    List<ProfileResult> profiles,
    List<String> goals,
    AnalyticsReport report,
    double containment,
    double abandonment,
    List<NodeStats> abandonedAt,
    Long medianTimeToAgentMs,
    Long p90TimeToAgentMs) {

  /**
   * One profile's part of the crowd.
   *
   * @param profile the profile as declared
   * @param callers how many callers had it
   * @param outcomes their calls by outcome
   * @param containment their share of self-served calls
   * @param medianTimeToAgentMs their median time to an agent, or null
   */
  public record ProfileResult(
      CrowdProfile profile,
      int callers,
      Map<String, Integer> outcomes,
      double containment,
      Long medianTimeToAgentMs) {}

  private static ProfileResult result(
      CrowdProfile profile, int p, List<CallSummary> calls, int[] profileOf) {
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    FlowAnalytics.OUTCOMES.forEach(o -> outcomes.put(o, 0));
    List<Long> toAgent = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < calls.size(); i++) {
      if (profileOf[i] == p) {
        CallSummary s = calls.get(i);
        count++;
        outcomes.merge(s.outcome(), 1, Integer::sum);
        if (s.timeToAgentMs() != null) {
          toAgent.add(s.timeToAgentMs());
        }
      }
    }
    toAgent.sort(null);
    return new ProfileResult(
        profile,
        count,
        outcomes,
        FlowAnalytics.share(outcomes.get(CallSummary.SELF_SERVED), count),
        FlowAnalytics.percentile(toAgent, 50));
  }

  static CrowdReport of(
      String flow,
      int callers,
      long seed,
      List<CrowdProfile> profiles,
      List<CrowdGoal> goals,
      List<CallSummary> calls,
      int[] profileOf) {
    AnalyticsReport report = FlowAnalytics.of(flow, calls, null, 0, true);
    List<ProfileResult> results = new ArrayList<>();
    for (int p = 0; p < profiles.size(); p++) {
      results.add(result(profiles.get(p), p, calls, profileOf));
    }
    List<NodeStats> abandoned =
        report.nodes().stream()
            .filter(n -> n.abandoned() > 0)
            .sorted(Comparator.comparingInt(NodeStats::abandoned).reversed())
            .toList();
    return new CrowdReport(
        flow,
        callers,
        seed,
        List.copyOf(results),
        goals.stream().map(CrowdGoal::name).toList(),
        report,
        report.containment(),
        FlowAnalytics.share(report.outcomes().get(CallSummary.ABANDONED), report.calls()),
        abandoned,
        report.medianTimeToAgentMs(),
        report.p90TimeToAgentMs());
  }
}
