package org.ivrpractice.practice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.LintIgnore;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.practice.FlowAnalysisReport.CoverageCell;
import org.ivrpractice.practice.FlowAnalysisReport.CoverageRow;
import org.ivrpractice.practice.FlowAnalysisReport.Ending;
import org.ivrpractice.practice.FlowAnalysisReport.Exploration;
import org.ivrpractice.practice.FlowAnalysisReport.Finding;
import org.ivrpractice.practice.FlowAnalysisReport.Route;
import org.ivrpractice.practice.FlowAnalysisReport.ScenarioRun;
import org.ivrpractice.practice.FlowAnalysisReport.Uncovered;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.ScenarioSuite;
import org.ivrpractice.testing.SuiteResult;
import org.ivrpractice.testing.coverage.CoverageCollector;
import org.ivrpractice.testing.coverage.CoverageItem;
import org.ivrpractice.testing.coverage.CoverageReport;
import org.ivrpractice.testing.explore.ExplorationReport;
import org.ivrpractice.testing.explore.Explorer;
import org.ivrpractice.testing.explore.PathFinder;
import org.ivrpractice.testing.lint.LintFinding;
import org.ivrpractice.testing.lint.Linter;

/**
 * The analysis of a line for the flow page: its scenario file run with a coverage collector, the
 * lint, and the explorer, as {@code test --coverage}, {@code check} and {@code explore} do. The
 * flows do not change while the server runs, so each line is analysed once, when first asked.
 */
public final class FlowAnalysis {

  /** The table's column names, in the order of {@link CoverageItem.Kind}. */
  private static final List<String> KINDS =
      List.of("nodes", "options", "escapes", "no-input", "no-match", "fallbacks", "endings");

  private final Path folder;
  private final Map<String, FlowAnalysisReport> analysed = new ConcurrentHashMap<>();

  /**
   * @param folder the flows folder, where each line's scenario file ({@code
   *     <flowId>.scenarios.yaml}) is found
   */
  public FlowAnalysis(Path folder) {
    this.folder = folder;
  }

  /** The analysis of a phone line (not a sub-flow), computed on the first call. */
  public FlowAnalysisReport of(Flow line) {
    return analysed.computeIfAbsent(line.id(), id -> analyse(line));
  }

  /** Forgets every analysis: the flows or their scenario files changed. */
  public void forget() {
    analysed.clear();
  }

  private FlowAnalysisReport analyse(Flow line) {
    Map<String, Flow> flows = new LinkedHashMap<>();
    flows.put(line.id(), line);
    flows.putAll(line.subflows());
    Path file = folder.resolve(line.id() + ".scenarios.yaml");
    CoverageCollector hits = new CoverageCollector();
    ScenarioRun run = runScenarios(file, hits);
    CoverageReport coverage = CoverageReport.of(flows.values(), hits);
    List<Finding> findings = new ArrayList<>();
    List<Finding> silenced = new ArrayList<>();
    lint(flows, findings, silenced);
    return new FlowAnalysisReport(
        line.id(),
        line.name(),
        run,
        nodes(flows, coverage),
        rows(line, coverage),
        uncovered(coverage),
        findings,
        silenced,
        explore(line));
  }

  private static ScenarioRun runScenarios(Path file, CoverageCollector hits) {
    if (!Files.isRegularFile(file)) {
      return new ScenarioRun(null, 0, 0, List.of());
    }
    ScenarioSuite suite = ScenarioSuite.load(List.of(file));
    SuiteResult result = suite.run(new EngineDriver(suite.flows(), hits), List.of());
    List<String> problems = result.problems().stream().map(Problem::format).toList();
    return new ScenarioRun(file.toString(), result.passed(), result.failed(), problems);
  }

  /** {@code flow/node} to covered or not, for the diagram's classes. */
  private static Map<String, String> nodes(Map<String, Flow> flows, CoverageReport coverage) {
    Map<String, String> nodes = new LinkedHashMap<>();
    for (Flow flow : flows.values()) {
      List<String> missing =
          coverage.flow(flow.id()).missing().stream()
              .filter(i -> i.kind() == CoverageItem.Kind.NODE)
              .map(CoverageItem::node)
              .toList();
      for (String node : flow.nodes().keySet()) {
        nodes.put(
            flow.id() + "/" + node,
            missing.contains(node) ? FlowAnalysisReport.NOT_COVERED : FlowAnalysisReport.COVERED);
      }
    }
    return nodes;
  }

  /** The line's row first, then its sub-flows'. */
  private static List<CoverageRow> rows(Flow line, CoverageReport coverage) {
    List<CoverageRow> rows = new ArrayList<>();
    rows.add(row(coverage.flow(line.id())));
    coverage.flows().stream()
        .filter(f -> !f.flowId().equals(line.id()))
        .forEach(f -> rows.add(row(f)));
    return rows;
  }

  private static CoverageRow row(CoverageReport.FlowCoverage flow) {
    List<CoverageCell> cells = new ArrayList<>();
    CoverageItem.Kind[] kinds = CoverageItem.Kind.values();
    for (int i = 0; i < kinds.length; i++) {
      int total = flow.total(kinds[i]);
      cells.add(
          new CoverageCell(
              KINDS.get(i), flow.covered(kinds[i]), total, flow.wholePercent(kinds[i])));
    }
    return new CoverageRow(flow.flowId(), cells);
  }

  /** The nodes and options no scenario exercised, as {@code test --coverage} lists them. */
  private static List<Uncovered> uncovered(CoverageReport coverage) {
    List<Uncovered> out = new ArrayList<>();
    for (CoverageReport.FlowCoverage flow : coverage.flows()) {
      for (CoverageItem item : flow.missing()) {
        if (item.kind() == CoverageItem.Kind.NODE || item.kind() == CoverageItem.Kind.OPTION) {
          out.add(new Uncovered(flow.flowId(), item.describe(), String.valueOf(item.position())));
        }
      }
    }
    return out;
  }

  /** Each flow on its own, as {@code check} lints each file once, so a finding knows its flow. */
  private static void lint(
      Map<String, Flow> flows, List<Finding> findings, List<Finding> silenced) {
    for (Flow flow : flows.values()) {
      var report = Linter.lint(List.of(flow));
      report.findings().forEach(f -> findings.add(finding(flow, f, null)));
      for (LintFinding f : report.silenced()) {
        LintIgnore ignore = f.nodeId() == null ? null : flow.lintIgnores().get(f.nodeId());
        silenced.add(finding(flow, f, ignore == null ? "" : ignore.reason()));
      }
    }
  }

  private static Finding finding(Flow flow, LintFinding f, String reason) {
    return new Finding(
        f.rule(),
        f.severity().label(),
        f.position().toString(),
        flow.id(),
        f.nodeId(),
        f.message(),
        f.fix(),
        reason);
  }

  private static Exploration explore(Flow line) {
    ExplorationReport r = new Explorer().explore(line);
    List<Ending> endings =
        r.departments().stream()
            .map(d -> new Ending(d.kind(), d.name(), route(d.quickest()), route(d.slowest())))
            .toList();
    ExplorationReport.DeepestMenu deepest = r.deepestMenu();
    return new Exploration(
        r.states(),
        r.truncated(),
        r.took().toMillis(),
        endings,
        route(r.fastestAgent()),
        route(r.slowestAgent()),
        r.slowestCut(),
        deepest == null
            ? null
            : new FlowAnalysisReport.DeepestMenu(
                deepest.node(), deepest.menus(), route(deepest.route())),
        r.findings().stream().map(ExplorationReport.Finding::format).toList());
  }

  private static Route route(PathFinder.Path path) {
    return path == null ? null : new Route(path.descriptions(), Math.round(path.seconds()));
  }
}
