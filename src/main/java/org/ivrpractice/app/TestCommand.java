package org.ivrpractice.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ivrpractice.testing.CallObserver;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.ScenarioListener;
import org.ivrpractice.testing.ScenarioSuite;
import org.ivrpractice.testing.SuiteResult;
import org.ivrpractice.testing.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code test [paths]}: runs scenario files and prints a report. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Run the scenario files against their flows (and, with --coverage, measure them).",
    description = {
      "Runs the scenario files (<flowId>.scenarios.yaml) against their flows. Prints PASS or FAIL"
          + " for each scenario; for a failure, the step and its line, what was expected, what the"
          + " caller heard and the call so far.",
      "The last line is 'N passed, M failed'. Exit code 0 when every scenario passes and no file"
          + " has a problem, else 1 (with --watch: the last run's)."
    })
final class TestCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Scenario files or folders of them (default: ivr-flows). The flows are loaded from the"
              + " same folders.")
  List<Path> paths = List.of();

  @CommandLine.Option(
      names = "--coverage",
      description =
          "Also report which nodes, options, escapes, re-prompts, fallbacks and endings the"
              + " scenarios exercised, and write coverage.json and scenarios-junit.xml.")
  boolean coverage;

  @CommandLine.Option(
      names = "--coverage-dir",
      paramLabel = "DIR",
      description = "Where --coverage writes its files (default: ${DEFAULT-VALUE}).")
  Path coverageDir = Path.of("target", "coverage");

  @CommandLine.Option(
      names = "--watch",
      description =
          "Run again after every save of a flow, data, scenario or missions file in the folders"
              + " given, until Ctrl-C.")
  boolean watch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!watch) {
      return runOnce(out);
    }
    List<Path> folders = paths.isEmpty() ? List.of(ScenarioSuite.DEFAULT_FOLDER) : paths;
    return WatchedRuns.of(folders, out).run(() -> runOnce(out));
  }

  private int runOnce(PrintWriter out) {
    ScenarioSuite suite = ScenarioSuite.load(paths);
    List<ScenarioListener> listeners = List.of(new TextReport(out));
    CallObserver recorded = ScriptedCalls.ofApplication();
    SuiteResult result =
        coverage
            ? CoverageOutput.run(suite, listeners, recorded, coverageDir, out)
            : suite.run(new EngineDriver(suite.flows(), turn -> {}, recorded), listeners);
    out.flush();
    return result.ok() ? 0 : 1;
  }
}
