package org.ivrpractice.testing.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.testing.ScenarioFile;
import org.ivrpractice.testing.ScenarioSuite;

/**
 * What a scenario run exercised of each flow: for each kind of item (nodes, options, escapes,
 * no-input and no-match re-prompts, fallbacks, endings) how many there are and how many were
 * covered, and which were not.
 */
public record CoverageReport(List<FlowCoverage> flows) {

  public CoverageReport {
    flows = List.copyOf(flows);
  }

  /**
   * One flow's coverage.
   *
   * @param totals for each kind, how many items the flow has
   * @param covered for each kind, how many of them some call exercised
   * @param missing the items no call exercised, in node order
   */
  public record FlowCoverage(
      String flowId,
      String file,
      Map<CoverageItem.Kind, Integer> totals,
      Map<CoverageItem.Kind, Integer> covered,
      List<CoverageItem> missing) {

    public FlowCoverage {
      totals = Map.copyOf(totals);
      covered = Map.copyOf(covered);
      missing = List.copyOf(missing);
    }

    public int total(CoverageItem.Kind kind) {
      return totals.getOrDefault(kind, 0);
    }

    public int covered(CoverageItem.Kind kind) {
      return covered.getOrDefault(kind, 0);
    }

    /** The share covered, 0 to 100; 100 when there is nothing of that kind. */
    public double percent(CoverageItem.Kind kind) {
      int total = total(kind);
      return total == 0 ? 100 : 100.0 * covered(kind) / total;
    }

    /**
     * The share covered in whole percent, as the terminal and the flow page both show it: rounded
     * to the nearest, but 100 only when all is covered and 0 only when none is (199 of 200 is 99%,
     * not 100%).
     */
    public int wholePercent(CoverageItem.Kind kind) {
      int total = total(kind);
      int covered = covered(kind);
      if (total == 0 || covered == total) {
        return 100;
      }
      if (covered == 0) {
        return 0;
      }
      long rounded = Math.round(100.0 * covered / total);
      return (int) Math.max(1, Math.min(99, rounded));
    }
  }

  /**
   * The coverage of the flows a suite's scenario files call, and of the sub-flows those call, each
   * on its own.
   */
  public static CoverageReport of(ScenarioSuite suite, CoverageCollector hits) {
    Map<String, Flow> tested = new java.util.TreeMap<>();
    for (ScenarioFile file : suite.files()) {
      Flow flow = suite.flows().get(file.flowId());
      if (flow != null) {
        tested.put(flow.id(), flow);
        flow.subflows().values().forEach(sub -> tested.put(sub.id(), sub));
      }
    }
    return of(tested.values(), hits);
  }

  /** The coverage of these flows (each on its own), by flow id. */
  public static CoverageReport of(Collection<Flow> flows, CoverageCollector hits) {
    List<FlowCoverage> out = new ArrayList<>();
    flows.stream()
        .sorted(Comparator.comparing(Flow::id))
        .forEach(flow -> out.add(coverage(flow, hits)));
    return new CoverageReport(out);
  }

  private static FlowCoverage coverage(Flow flow, CoverageCollector hits) {
    Map<CoverageItem.Kind, Integer> totals = new EnumMap<>(CoverageItem.Kind.class);
    Map<CoverageItem.Kind, Integer> covered = new EnumMap<>(CoverageItem.Kind.class);
    List<CoverageItem> missing = new ArrayList<>();
    for (CoverageItem item : FlowItems.of(flow)) {
      totals.merge(item.kind(), 1, Integer::sum);
      if (hits.covered(flow.id(), item)) {
        covered.merge(item.kind(), 1, Integer::sum);
      } else {
        missing.add(item);
      }
    }
    return new FlowCoverage(flow.id(), flow.source(), totals, covered, missing);
  }

  /** The coverage of one flow; throws when the report has none for it. */
  public FlowCoverage flow(String flowId) {
    return flows.stream()
        .filter(f -> f.flowId().equals(flowId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no coverage for flow " + flowId));
  }
}
