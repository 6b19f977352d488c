package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.ScenarioFile;
import org.ivrpractice.testing.ScenarioReader;
import org.ivrpractice.testing.ScenarioResult;
import org.ivrpractice.testing.ScenarioRunner;
import org.ivrpractice.testing.TextReport;
import org.ivrpractice.testing.explore.ExplorationReport;
import org.ivrpractice.testing.explore.Explorer;
import org.ivrpractice.testing.explore.ScenarioWriter;
import org.ivrpractice.testing.lint.LintReport;
import org.ivrpractice.testing.lint.Linter;

/** What the import tests do with an imported flow: check it, call it, explore it. */
final class ImportedFlows {

  private ImportedFlows() {}

  /** A Studio flow definition of the test resources, imported. */
  static ImportResult studio(String name) {
    return StudioImporter.importFlow(name, resource("studio/" + name));
  }

  /** An Amazon Connect flow of the test resources, imported. */
  static ImportResult connect(String name) {
    return ConnectImporter.importFlow(name, resource("connect/" + name));
  }

  static String resource(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/import", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The files an import wrote, loaded as {@code check} loads them: fails on any problem. */
  static Map<String, Flow> check(ImportResult imported) {
    assertTrue(imported.ok(), imported::report);
    LoadResult loaded = FlowLoader.fromSources(imported.files());
    assertEquals(
        List.of(),
        loaded.problems().stream().map(Problem::format).toList(),
        () ->
            "the imported flow does not check:\n"
                + imported.files().get(imported.flowId() + ".yaml"));
    LintReport lint = Linter.lint(loaded.flows().values());
    assertTrue(
        lint.ok(),
        () -> lint.findings().stream().map(f -> f.format()).collect(Collectors.joining("\n")));
    return loaded.flows();
  }

  /** Runs a scenario file's text against the flows; every scenario must pass. */
  static void passes(Map<String, Flow> flows, String flowId, String scenarios) {
    Problems problems = new Problems();
    ScenarioFile file =
        new ScenarioReader(flows).read(flowId + ".scenarios.yaml", scenarios, problems);
    assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
    assertNotNull(file);
    ScenarioRunner runner = new ScenarioRunner(new EngineDriver(flows));
    for (var scenario : file.scenarios()) {
      ScenarioResult result = runner.run(file, scenario);
      assertTrue(result.passed(), () -> TextReport.failure(result));
    }
  }

  /**
   * Explores the line (it must find nothing wrong: every node reached, no trap), writes its first
   * scenario file as the explorer does, and runs it.
   */
  static String exploreAndRun(Map<String, Flow> flows, String flowId) {
    ExplorationReport report = new Explorer().explore(flows.get(flowId));
    assertTrue(
        report.ok(),
        () -> report.findings().stream().map(f -> f.format()).collect(Collectors.joining("\n")));
    String scenarios = ScenarioWriter.write(flows.get(flowId), report);
    passes(flows, flowId, scenarios);
    return scenarios;
  }
}
