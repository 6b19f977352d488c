package org.ivrpractice.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.testing.explore.ExplorationReport;
import org.ivrpractice.testing.explore.ExplorationTable;
import org.ivrpractice.testing.explore.Explorer;
import org.ivrpractice.testing.explore.PathFinder;
import org.ivrpractice.testing.explore.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explore [paths]}: walks every state of each phone line and reports what it finds. */
@Command(
    name = "explore",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Walk every call state of each line: unreachable nodes, traps, routes and times.",
    description = {
      "Walks every call state of each phone line: every key, escape, silence and practice entry"
          + " at every wait, and the cases its calls save. Reports nodes no call reaches, loops a"
          + " caller cannot leave, the quickest and slowest route to each queue, hangup and"
          + " ending, the deepest menu and the time to an agent.",
      "Exit code 0 when nothing is wrong, 1 otherwise. See docs/analysis.md."
    })
final class ExploreCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Flow files or folders of them (default: ivr-flows).")
  List<Path> paths = List.of();

  @Option(
      names = "--write-scenarios",
      paramLabel = "DIR",
      description =
          "Also write <flowId>.scenarios.yaml into DIR for each line: the quickest route to each"
              + " ending, as a starting suite. Existing files are left alone.")
  Path scenarioDir;

  @Option(
      names = "--max-states",
      paramLabel = "N",
      description = "Stop exploring a line after N states (default: ${DEFAULT-VALUE}).")
  int maxStates = PathFinder.MAX_STATES;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LoadResult loaded = FlowLoader.load(paths.isEmpty() ? List.of(Path.of("ivr-flows")) : paths);
    if (!loaded.ok()) {
      out.println(Problems.report(loaded.problems()));
      out.println("Fix these first: only valid flows can be explored ('check' says the same).");
      out.flush();
      return 1;
    }
    List<Flow> lines = loaded.flows().values().stream().filter(f -> !f.isSubflow()).toList();
    if (lines.isEmpty()) {
      out.println(
          "No phone lines to explore: sub-flows are explored through the lines that call them.");
      out.flush();
      return 1;
    }
    boolean ok = explore(lines, loaded, out);
    out.flush();
    return ok ? 0 : 1;
  }

  private boolean explore(List<Flow> lines, LoadResult loaded, PrintWriter out) {
    Explorer explorer = new Explorer(maxStates);
    List<ExplorationReport> reports = new ArrayList<>();
    boolean ok = true;
    for (Flow line : lines) {
      ExplorationReport report = explorer.explore(line);
      reports.add(report);
      out.println(ExplorationTable.format(report));
      ok &= report.ok();
      if (scenarioDir != null) {
        ok &= writeScenarios(line, report, out);
      }
    }
    List<ExplorationReport.Finding> unreached =
        Explorer.unreachedInSubflows(reports, loaded.flows());
    if (!unreached.isEmpty()) {
      out.println("Sub-flows: nodes no explored line reaches:");
      unreached.forEach(f -> out.println("  " + f.format()));
      ok = false;
    }
    out.println(ok ? "No problems found." : "Problems found: see above.");
    return ok;
  }

  private boolean writeScenarios(Flow line, ExplorationReport report, PrintWriter out) {
    Path file = scenarioDir.resolve(line.id() + ".scenarios.yaml");
    if (Files.exists(file)) {
      out.println("  " + file + " exists: left alone (move it away to write a new one).");
      return true;
    }
    try {
      Files.createDirectories(scenarioDir);
      Files.writeString(file, ScenarioWriter.write(line, report), StandardCharsets.UTF_8);
      out.println("  Wrote " + file + ".");
      return true;
    } catch (IOException e) {
      out.println("  Cannot write " + file + ": " + e.getMessage());
      return false;
    }
  }
}
