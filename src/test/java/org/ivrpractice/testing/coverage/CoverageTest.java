package org.ivrpractice.testing.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.ScenarioSuite;
import org.ivrpractice.testing.SuiteResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {

  private static final String FLOW =
      """
      id: mini
      queues:
        agents: { label: Customer care, wait: 60 }
      nodes:
        main:
          type: menu
          options:
            - { digit: 1, label: our hours, say: [hours], goto: hours }
            - { digit: 2, label: a joke, say: [joke], goto: joke }
        hours: { type: hangup, prompt: "Nine to five. Goodbye." }
        joke: { type: hangup, prompt: "No jokes today. Goodbye." }
        agent: { type: transfer, queue: agents, prompt: "Please hold." }
      """;

  private static final String SCENARIOS =
      """
      flow: mini
      scenarios:
        - name: Hours
          steps:
            - press: 1
            - end: self-served
        - name: Silence, then the agent key
          steps:
            - silence
            - press: 0
            - end: transferred to agents
        - name: Repeats, then expects the call to have ended
          steps:
            - press: "*"
            - end: self-served
      """;

  @TempDir Path dir;
  private CoverageReport report;
  private SuiteResult result;

  @BeforeEach
  void runThePartialSuite() throws IOException {
    Files.writeString(dir.resolve("mini.yaml"), FLOW);
    Files.writeString(dir.resolve("mini.scenarios.yaml"), SCENARIOS);
    ScenarioSuite suite = ScenarioSuite.load(List.of(dir));
    CoverageCollector hits = new CoverageCollector();
    result = suite.run(new EngineDriver(suite.flows(), hits), List.of());
    report = CoverageReport.of(suite.flows().values(), hits);
  }

  @Test
  void countsWhatTheScenariosExercised() {
    CoverageReport.FlowCoverage mini = report.flow("mini");

    assertEquals(
        "node 3/4, option 1/2, escape 2/2, no-input 1/1, no-match 0/1, fallback 0/1, ending 2/3",
        counts(mini));
    assertEquals(50.0, mini.percent(CoverageItem.Kind.OPTION), 1e-9);
    assertEquals(
        List.of(
            "option 2 of main", "no-match at main", "fallback at main", "node joke", "ending joke"),
        mini.missing().stream().map(CoverageItem::describe).toList());
    assertEquals(dir.resolve("mini.yaml") + ":9:9", mini.missing().get(0).position().toString());
  }

  @Test
  void aFailingScenarioStillCountsWhatItReached() {
    assertEquals(1, result.failed());
    assertEquals(2, report.flow("mini").covered(CoverageItem.Kind.ESCAPE)); // * in the failed one
  }

  @Test
  void tableShowsEachKindAndTheMissingNodesAndOptions() {
    String table = CoverageTable.format(report);

    assertTrue(
        table.contains(
            "  mini  3/4  75%  1/2  50%  2/2 100%  1/1 100%  0/1   0%   0/1   0%  2/3  67%"),
        table);
    assertTrue(table.contains(dir.resolve("mini.yaml") + ":9:9: option 2 of main"), table);
  }

  @Test
  void jsonHasTheCountsAndWhatIsMissing() {
    String json = CoverageJson.write(report);

    assertTrue(
        json.contains("\"option\": {\"total\": 2, \"covered\": 1, \"percent\": 50.0}"), json);
    assertTrue(
        json.contains(
            "{\"kind\": \"option\", \"node\": \"main\", \"detail\": \"2\", \"at\": \""
                + dir.resolve("mini.yaml")
                + ":9:9\"}"),
        json);
  }

  @Test
  void junitXmlHasOneCasePerScenarioAndTheFailureText() {
    String xml = JUnitXml.write(result);

    assertTrue(xml.contains("<testsuites name=\"scenarios\" tests=\"3\" failures=\"1\""), xml);
    assertTrue(xml.contains("<testcase classname=\"mini\" name=\"Hours\""), xml);
    assertTrue(xml.contains("<failure message=\"expected the call to end self-served\">"), xml);
  }

  private static String counts(CoverageReport.FlowCoverage flow) {
    StringBuilder out = new StringBuilder();
    for (CoverageItem.Kind kind : CoverageItem.Kind.values()) {
      out.append(out.length() == 0 ? "" : ", ")
          .append(kind.label())
          .append(' ')
          .append(flow.covered(kind))
          .append('/')
          .append(flow.total(kind));
    }
    return out.toString();
  }
}
