package org.ivrpractice.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.testing.coverage.CoverageCollector;
import org.ivrpractice.testing.coverage.CoverageReport;
import org.ivrpractice.testing.coverage.CoverageTable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of every scenario file in {@code ivr-flows/} as a test: one container per file,
 * one test per scenario, named after it and failing with the same text as the {@code test} command.
 * The runner does the work; this class only adapts it to JUnit.
 *
 * <p>The dynamic tests carry no test-source URI: Surefire leaves tests with one out of its report.
 */
class ScenarioFilesTest {

  @TestFactory
  Stream<DynamicNode> everyBundledScenarioPasses() {
    ScenarioSuite suite = ScenarioSuite.load(List.of(ScenarioSuite.DEFAULT_FOLDER));
    assertFalse(
        suite.fileNames().isEmpty(), "no scenario files in " + ScenarioSuite.DEFAULT_FOLDER);
    DynamicNode flows =
        dynamicTest(
            "the flows load without problems",
            () ->
                assertNoProblems(
                    suite.problems().stream().filter(p -> isFlowProblem(suite, p)).toList()));
    CoverageCollector hits = new CoverageCollector();
    DynamicNode coverage =
        dynamicTest(
            "coverage (printed)",
            () -> System.out.print(CoverageTable.format(CoverageReport.of(suite, hits))));
    return Stream.of(
            Stream.of(flows),
            suite.fileNames().stream().map(name -> file(suite, name, hits)),
            Stream.of(coverage))
        .flatMap(s -> s);
  }

  private static DynamicNode file(ScenarioSuite suite, String name, CoverageCollector hits) {
    ScenarioFile file = suite.file(name);
    if (file == null) {
      return dynamicContainer(
          name,
          Stream.of(
              dynamicTest(
                  "the file reads without problems",
                  () -> assertNoProblems(suite.problemsOf(name)))));
    }
    ScenarioRunner runner = new ScenarioRunner(new EngineDriver(suite.flows(), hits));
    return dynamicContainer(
        name,
        file.scenarios().stream()
            .map(
                scenario ->
                    dynamicTest(
                        scenario.name(),
                        () -> {
                          ScenarioResult result = runner.run(file, scenario);
                          if (!result.passed()) {
                            fail(scenario.name() + " failed:\n" + TextReport.failure(result));
                          }
                        })));
  }

  private static boolean isFlowProblem(ScenarioSuite suite, Problem problem) {
    return !suite.fileNames().contains(problem.position().file());
  }

  private static void assertNoProblems(List<Problem> problems) {
    if (!problems.isEmpty()) {
      fail(TextReport.problems(problems));
    }
  }
}
