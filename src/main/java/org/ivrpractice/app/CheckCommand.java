package org.ivrpractice.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.practice.MissionLoader;
import org.ivrpractice.testing.lint.LintReport;
import org.ivrpractice.testing.lint.Linter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check [paths]}: validates flow files and prints every problem. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Validate and lint flow files, and check their practice missions.",
    description = {
      "Validates flow files and prints every problem with file:line:column and a fix, then lints"
          + " them for IVR usability (rule ids and fixes: docs/analysis.md), and checks the"
          + " practice missions (<line>.missions.yaml) in the folders given.",
      "Exit code 0 when all are valid with no lint error (warnings do not fail), else 1 (with"
          + " --watch: the last check's)."
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Flow files or folders of them (default: ivr-flows).")
  List<Path> paths = List.of();

  @CommandLine.Option(
      names = "--watch",
      description =
          "Check again after every save of a flow, data or missions file in the folders given,"
              + " until Ctrl-C.")
  boolean watch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> targets = paths.isEmpty() ? List.of(Path.of("ivr-flows")) : paths;
    PrintWriter out = spec.commandLine().getOut();
    return watch
        ? WatchedRuns.of(targets, out).run(() -> check(targets, out))
        : check(targets, out);
  }

  private static int check(List<Path> targets, PrintWriter out) {
    LoadResult result = FlowLoader.load(targets);
    if (!result.ok()) {
      out.println(Problems.report(result.problems()));
      out.flush();
      return 1;
    }
    out.println("OK: " + inventory(result) + ", no problems.");
    LintReport lint = Linter.lint(result.flows().values());
    lint.findings().forEach(f -> out.println(f.format()));
    out.println(lint.summary());
    boolean missionsOk = checkMissions(targets, result, out);
    out.flush();
    return lint.ok() && missionsOk ? 0 : 1;
  }

  /** {@code 2 lines (business-card, card-services), 6 sub-flows (dispute, ...)} */
  private static String inventory(LoadResult result) {
    List<String> lines = new ArrayList<>();
    List<String> subflows = new ArrayList<>();
    result.flows().values().forEach(f -> (f.isSubflow() ? subflows : lines).add(f.id()));
    String text = counted(lines, "line");
    return subflows.isEmpty() ? text : text + ", " + counted(subflows, "sub-flow");
  }

  private static String counted(List<String> ids, String what) {
    return ids.size()
        + " "
        + what
        + (ids.size() == 1 ? "" : "s")
        + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")");
  }

  /** The practice missions in the folders checked, against the lines just loaded. */
  private static boolean checkMissions(List<Path> targets, LoadResult result, PrintWriter out) {
    Map<String, Flow> lines = new TreeMap<>();
    result.flows().values().stream().filter(f -> !f.isSubflow()).forEach(f -> lines.put(f.id(), f));
    List<Problem> problems = new ArrayList<>();
    int missions = 0;
    for (Path dir : targets.stream().filter(Files::isDirectory).toList()) {
      MissionLoader.MissionSet set = MissionLoader.load(dir, lines);
      problems.addAll(set.problems());
      missions += set.byFlow().values().stream().mapToInt(List::size).sum();
    }
    if (!problems.isEmpty()) {
      out.println(Problems.report(problems));
      return false;
    }
    if (missions > 0) {
      out.println("Missions: " + missions + " practice missions, no problems.");
    }
    return true;
  }
}
