package org.ivrpractice.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ivrpractice.analytics.AnalyticsReport.NodeStats;
import org.ivrpractice.analytics.AnalyticsReport.QueueCount;

/** A crowd's report as text for a terminal: what the {@code crowd} command prints. */
public final class CrowdTable {

  /** How many abandonment nodes the table lists. */
  static final int TOP_NODES = 8;

  private CrowdTable() {}

  public static String format(CrowdReport r) {
    StringBuilder out = new StringBuilder();
    line(
        out,
        "Practice crowd of %s: %d simulated callers, seed %d",
        r.flow(),
        r.callers(),
        r.seed());
    line(out, "(simulated calls: a prediction, never mixed with real calls)");
    line(out, "");
    line(out, "Predicted containment  %s", pct(r.containment()));
    line(out, "Predicted abandonment  %s", pct(r.abandonment()));
    line(
        out,
        "Time to agent          median %s, 90th percentile %s",
        time(r.medianTimeToAgentMs()),
        time(r.p90TimeToAgentMs()));
    line(out, "");
    line(out, "Outcomes");
    for (Map.Entry<String, Integer> e : r.report().outcomes().entrySet()) {
      line(out, "  %-14s %7d  %s", e.getKey(), e.getValue(), pct(share(e.getValue(), r.callers())));
    }
    line(out, "");
    line(out, "Transfers per queue");
    if (r.report().transfers().isEmpty()) {
      line(out, "  none");
    }
    for (QueueCount q : r.report().transfers()) {
      line(out, "  %-14s %7d  %s", q.queue(), q.calls(), pct(q.share()));
    }
    line(out, "");
    abandonment(out, r.abandonedAt());
    line(out, "");
    profiles(out, r.profiles());
    line(out, "");
    line(out, "Goals: %s", String.join(", ", r.goals()));
    return out.toString();
  }

  private static void abandonment(StringBuilder out, List<NodeStats> nodes) {
    line(out, "Where callers hung up (top %d)", TOP_NODES);
    if (nodes.isEmpty()) {
      line(out, "  nowhere");
    }
    line(out, "  %-36s %7s %7s %11s", "node", "calls", "hung up", "abandonment");
    for (NodeStats n : nodes.subList(0, Math.min(TOP_NODES, nodes.size()))) {
      line(out, "  %-36s %7d %7d %11s", n.node(), n.calls(), n.abandoned(), pct(n.abandonment()));
    }
  }

  private static void profiles(StringBuilder out, List<CrowdReport.ProfileResult> profiles) {
    line(out, "Profiles");
    line(
        out,
        "  %-24s %7s %11s %11s %11s %13s",
        "profile",
        "callers",
        "self-served",
        "transferred",
        "abandoned",
        "median agent");
    for (CrowdReport.ProfileResult p : profiles) {
      line(
          out,
          "  %-24s %7d %11s %11s %11s %13s",
          p.profile().name(),
          p.callers(),
          pct(share(p.outcomes().get(CallSummary.SELF_SERVED), p.callers())),
          pct(share(p.outcomes().get(CallSummary.TRANSFERRED), p.callers())),
          pct(share(p.outcomes().get(CallSummary.ABANDONED), p.callers())),
          time(p.medianTimeToAgentMs()));
    }
  }

  private static double share(Integer part, int whole) {
    return FlowAnalytics.share(part == null ? 0 : part, whole);
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String time(Long ms) {
    if (ms == null) {
      return "-";
    }
    long s = Math.round(ms / 1000.0);
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + " s";
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
