package org.ivrpractice.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ivrpractice.analytics.AnalyticsReport.Bucket;
import org.ivrpractice.analytics.AnalyticsReport.EdgeCount;
import org.ivrpractice.analytics.AnalyticsReport.MissionStats;
import org.ivrpractice.analytics.AnalyticsReport.NodeStats;
import org.ivrpractice.analytics.AnalyticsReport.PathCount;
import org.ivrpractice.analytics.AnalyticsReport.QueueCount;
import org.ivrpractice.analytics.AnalyticsReport.TimeSlot;

/**
 * Computes a line's {@link AnalyticsReport} from call summaries: a pure function, the same for real
 * calls read from the call log and for a practice crowd's.
 */
public final class FlowAnalytics {

  /** The outcomes, in the order reports list them. */
  public static final List<String> OUTCOMES =
      List.of(
          CallSummary.SELF_SERVED,
          CallSummary.TRANSFERRED,
          CallSummary.ABANDONED,
          CallSummary.HUNG_UP,
          CallSummary.ERROR);

  /** How many paths a report lists. */
  static final int TOP_PATHS = 10;

  private static final long[] AGENT_BOUNDS = {30_000, 60_000, 120_000, 300_000};
  private static final long[] SLOT_WIDTHS = {
    60_000L, 300_000L, 900_000L, 3_600_000L, 21_600_000L, 86_400_000L
  };
  private static final int MAX_SLOTS = 60;

  private FlowAnalytics() {}

  /**
   * The report of the calls of {@code flow} among {@code calls} that match the filter.
   *
   * @param channel only this channel's calls, or null for all
   * @param sinceMs only calls that ended at or after this (0 for all)
   * @param simulated true when the calls are a crowd's
   */
  public static AnalyticsReport of(
      String flow, List<CallSummary> calls, String channel, long sinceMs, boolean simulated) {
    List<CallSummary> counted = new ArrayList<>();
    for (CallSummary s : calls) {
      if (s.flow().equals(flow)
          && (channel == null || channel.equals(s.channel()))
          && InMemoryCallLog.endedAt(s) >= sinceMs) {
        counted.add(s);
      }
    }
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    OUTCOMES.forEach(o -> outcomes.put(o, 0));
    Map<String, Integer> channels = new TreeMap<>();
    for (CallSummary s : counted) {
      outcomes.merge(s.outcome(), 1, Integer::sum);
      channels.merge(s.channel(), 1, Integer::sum);
    }
    int n = counted.size();
    List<Long> toAgent = timesToAgent(counted);
    return new AnalyticsReport(
        flow,
        simulated,
        sinceMs,
        channel,
        n,
        outcomes,
        channels,
        share(outcomes.get(CallSummary.SELF_SERVED), n),
        transfers(counted),
        nodes(counted),
        edges(counted),
        percentile(toAgent, 50),
        percentile(toAgent, 90),
        buckets(toAgent),
        topPaths(counted),
        missions(counted),
        overTime(counted));
  }

  static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static List<QueueCount> transfers(List<CallSummary> calls) {
    Map<String, Integer> byQueue = new TreeMap<>();
    for (CallSummary s : calls) {
      if (CallSummary.TRANSFERRED.equals(s.outcome()) && s.queue() != null) {
        byQueue.merge(s.queue(), 1, Integer::sum);
      }
    }
    List<QueueCount> out = new ArrayList<>();
    byQueue.forEach((q, c) -> out.add(new QueueCount(q, c, share(c, calls.size()))));
    out.sort(Comparator.comparingInt(QueueCount::calls).reversed());
    return out;
  }

  private static List<NodeStats> nodes(List<CallSummary> calls) {
    Map<String, int[]> stats = new LinkedHashMap<>(); // visits, calls, abandoned, noInput, noMatch
    for (CallSummary s : calls) {
      Set<String> seen = new HashSet<>();
      for (String node : s.path()) {
        int[] st = stats.computeIfAbsent(node, k -> new int[5]);
        st[0]++;
        if (seen.add(node)) {
          st[1]++;
        }
      }
      if (CallSummary.ABANDONED.equals(s.outcome()) && s.endNode() != null) {
        stats.computeIfAbsent(s.endNode(), k -> new int[5])[2]++;
      }
      for (CallTrace.Reprompt r : s.reprompts()) {
        stats
            .computeIfAbsent(r.node(), k -> new int[5])[
            CallTrace.Reprompt.NO_INPUT.equals(r.kind()) ? 3 : 4]++;
      }
    }
    List<NodeStats> out = new ArrayList<>();
    stats.forEach(
        (node, st) ->
            out.add(
                new NodeStats(
                    node,
                    st[0],
                    st[1],
                    st[2],
                    share(st[2], Math.max(st[1], st[2])),
                    st[3],
                    st[4],
                    share(st[3] + st[4], st[0]))));
    out.sort(Comparator.comparingInt(NodeStats::visits).reversed());
    return out;
  }

  private static List<EdgeCount> edges(List<CallSummary> calls) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CallSummary s : calls) {
      List<String> path = s.path();
      for (int i = 1; i < path.size(); i++) {
        counts.merge(path.get(i - 1) + "\n" + path.get(i), 1, Integer::sum);
      }
    }
    List<EdgeCount> out = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          int cut = key.indexOf('\n');
          out.add(new EdgeCount(key.substring(0, cut), key.substring(cut + 1), c));
        });
    out.sort(Comparator.comparingInt(EdgeCount::calls).reversed());
    return out;
  }

  private static List<Long> timesToAgent(List<CallSummary> calls) {
    List<Long> times = new ArrayList<>();
    for (CallSummary s : calls) {
      if (s.timeToAgentMs() != null) {
        times.add(s.timeToAgentMs());
      }
    }
    times.sort(null);
    return times;
  }

  /** The nearest-rank percentile of sorted values, or null for none. */
  static Long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static List<Bucket> buckets(List<Long> times) {
    List<Bucket> out = new ArrayList<>();
    long from = 0;
    for (int i = 0; i <= AGENT_BOUNDS.length; i++) {
      Long to = i < AGENT_BOUNDS.length ? AGENT_BOUNDS[i] : null;
      int count = 0;
      for (long t : times) {
        if (t >= from && (to == null || t < to)) {
          count++;
        }
      }
      String label = to == null ? over(from) : under(from, to);
      out.add(new Bucket(label, from, to, count));
      if (to != null) {
        from = to;
      }
    }
    return out;
  }

  private static String under(long from, long to) {
    return seconds(from) + "–" + seconds(to);
  }

  private static String over(long from) {
    return seconds(from) + "+";
  }

  private static String seconds(long ms) {
    return ms % 60_000 == 0 && ms > 0 ? ms / 60_000 + " min" : ms / 1000 + " s";
  }

  private static List<PathCount> topPaths(List<CallSummary> calls) {
    Map<String, PathCount> byPath = new LinkedHashMap<>();
    for (CallSummary s : calls) {
      String key = String.join(" ", s.path()) + " | " + s.outcome();
      PathCount old = byPath.get(key);
      byPath.put(key, new PathCount(s.path(), s.outcome(), old == null ? 1 : old.calls() + 1));
    }
    List<PathCount> out = new ArrayList<>(byPath.values());
    out.sort(Comparator.comparingInt(PathCount::calls).reversed());
    return out.size() > TOP_PATHS ? List.copyOf(out.subList(0, TOP_PATHS)) : out;
  }

  private static List<MissionStats> missions(List<CallSummary> calls) {
    Map<String, List<CallSummary>> byMission = new TreeMap<>();
    for (CallSummary s : calls) {
      if (s.mission() != null) {
        byMission.computeIfAbsent(s.mission(), k -> new ArrayList<>()).add(s);
      }
    }
    List<MissionStats> out = new ArrayList<>();
    byMission.forEach(
        (mission, list) -> {
          int reached = 0;
          Map<String, Integer> leftAt = new TreeMap<>();
          for (CallSummary s : list) {
            if (Boolean.TRUE.equals(s.goalReached())) {
              reached++;
            } else {
              leftAt.merge(String.valueOf(s.endNode()), 1, Integer::sum);
            }
          }
          out.add(
              new MissionStats(mission, list.size(), reached, share(reached, list.size()), leftAt));
        });
    return out;
  }

  private static List<TimeSlot> overTime(List<CallSummary> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (CallSummary s : calls) {
      first = Math.min(first, InMemoryCallLog.endedAt(s));
      last = Math.max(last, InMemoryCallLog.endedAt(s));
    }
    long width = SLOT_WIDTHS[SLOT_WIDTHS.length - 1];
    for (long w : SLOT_WIDTHS) {
      if ((last - first) / w < MAX_SLOTS) {
        width = w;
        break;
      }
    }
    long start = first - Math.floorMod(first, width);
    int slots = (int) ((last - start) / width) + 1;
    List<Map<String, Integer>> byOutcome = new ArrayList<>();
    int[] counts = new int[slots];
    for (int i = 0; i < slots; i++) {
      Map<String, Integer> m = new LinkedHashMap<>();
      OUTCOMES.forEach(o -> m.put(o, 0));
      byOutcome.add(m);
    }
    for (CallSummary s : calls) {
      int i = (int) ((InMemoryCallLog.endedAt(s) - start) / width);
      counts[i]++;
      byOutcome.get(i).merge(s.outcome(), 1, Integer::sum);
    }
    List<TimeSlot> out = new ArrayList<>();
    for (int i = 0; i < slots; i++) {
      out.add(new TimeSlot(start + i * width, width, counts[i], byOutcome.get(i)));
    }
    return out;
  }
}
