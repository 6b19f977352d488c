package org.ivrpractice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.flow.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files found in folders, run with their flows, and reported. */
class ScenarioSuiteTest {

  private static final String SHOP_SCENARIOS =
      """
      flow: shop
      scenarios:
        - name: Hours
          steps:
            - press: 1
            - end: self-served
        - name: Order
          steps:
            - press: 2
            - press: "378282246310005#"
            - hear: reference number
      """;

  @TempDir Path dir;

  @Test
  void listenersFollowTheRunFileByFileInOrder() throws IOException {
    writeFlows();
    write("shop.scenarios.yaml", SHOP_SCENARIOS);
    List<String> events = new ArrayList<>();
    ScenarioListener recorder =
        new ScenarioListener() {
          public void fileStarted(ScenarioFile file) {
            events.add("file " + Path.of(file.file()).getFileName());
          }

          public void scenarioStarted(ScenarioFile file, Scenario scenario) {
            events.add("scenario " + scenario.name());
          }

          public void stepPassed(Scenario scenario, ScenarioStep step, CallView call) {
            events.add("step " + step.describe());
          }

          public void scenarioFinished(ScenarioResult result) {
            events.add((result.passed() ? "PASS " : "FAIL ") + result.scenario().name());
          }

          public void suiteFinished(SuiteResult result) {
            events.add(result.passed() + " passed, " + result.failed() + " failed");
          }
        };

    SuiteResult result = ScenarioSuite.load(List.of(dir)).run(List.of(recorder));

    assertEquals(
        List.of(
            "file shop.scenarios.yaml",
            "scenario Hours",
            "step press: 1",
            "step end: self-served",
            "PASS Hours",
            "scenario Order",
            "step press: 2",
            "step press: 378282246310005#",
            "FAIL Order",
            "1 passed, 1 failed"),
        events);
    assertFalse(result.ok());
  }

  @Test
  void textReportShowsEachScenarioTheFailureAndTheCounts() throws IOException {
    writeFlows();
    write("shop.scenarios.yaml", SHOP_SCENARIOS);
    StringWriter text = new StringWriter();

    ScenarioSuite.load(List.of(dir)).run(List.of(new TextReport(new PrintWriter(text))));

    String file = dir.resolve("shop.scenarios.yaml").toString();
    assertEquals(
        file
            + "\n"
            + "  PASS Hours (N ms)\n"
            + "  FAIL Order (N ms)\n"
            + "    "
            + file
            + ":11:9: hear: \"reference number\"\n"
            + "    expected: to hear \"reference number\"\n"
            + "    heard:    \"Your order is on its way. Goodbye.\"\n"
            + "    transcript:\n"
            + "      IVR: Welcome to the shop.\n"
            + "      IVR: For opening hours, press 1. For your order, press 2.\n"
            + "      Caller: pressed 2\n"
            + "      IVR: Enter your card number, then press pound.\n"
            + "      Caller: pressed •••••••••••0005#\n"
            + "      IVR: Your order is on its way. Goodbye.\n"
            + "      (the call ended: self-served)\n"
            + "\n"
            + "1 passed, 1 failed\n",
        text.toString()
            .replaceAll("\\(\\d+ ms\\)", "(N ms)")
            .replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aFileWithProblemsIsNotRunAndTheOthersAre() throws IOException {
    writeFlows();
    write("shop.scenarios.yaml", SHOP_SCENARIOS.replace("hear: reference number", "hear: way"));
    write("shap.scenarios.yaml", "flow: shap\nscenarios:\n  - name: A\n    steps: [silence]\n");

    ScenarioSuite suite = ScenarioSuite.load(List.of(dir));
    SuiteResult result = suite.run(List.of());

    String broken = dir.resolve("shap.scenarios.yaml").toString();
    assertEquals(
        List.of(broken + ":1:7: there is no flow 'shap'. Fix: did you mean 'shop'?"),
        formatted(result.problems()));
    assertEquals(formatted(result.problems()), formatted(suite.problemsOf(broken)));
    assertEquals(List.of(broken, dir.resolve("shop.scenarios.yaml").toString()), suite.fileNames());
    assertEquals(2, result.passed());
    assertEquals(0, result.failed());
    assertFalse(result.ok(), "a problem fails the run even when every scenario that ran passed");
  }

  @Test
  void aFlowWithProblemsIsReportedAndItsScenariosDoNotRun() throws IOException {
    write("shop.yaml", TestFlows.SHOP.replace("goto: hours", "goto: hourz"));
    write("card.yaml", TestFlows.CARD);
    write("shop.scenarios.yaml", SHOP_SCENARIOS);

    SuiteResult result = ScenarioSuite.load(List.of(dir)).run(List.of());

    List<String> problems = formatted(result.problems());
    assertTrue(
        problems.contains(
            dir.resolve("shop.scenarios.yaml")
                + ":1:7: the flow 'shop' has problems, so these scenarios cannot run. Fix: fix the"
                + " problems reported for the flow's file"),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("shop.yaml:") && p.contains("hourz")),
        problems.toString());
    assertEquals(List.of(), result.results());
  }

  @Test
  void aScenarioFileGivenAloneRunsWithTheFlowsBesideIt() throws IOException {
    writeFlows();
    write("shop.scenarios.yaml", SHOP_SCENARIOS);

    SuiteResult result =
        ScenarioSuite.load(List.of(dir.resolve("shop.scenarios.yaml"))).run(List.of());

    assertEquals(2, result.results().size());
  }

  @Test
  void pathsThatHoldNoScenariosAreProblems() throws IOException {
    writeFlows();
    Path missing = dir.resolve("nowhere");

    SuiteResult result =
        ScenarioSuite.load(List.of(dir, missing, dir.resolve("shop.yaml"))).run(List.of());

    assertEquals(
        List.of(
            dir
                + ": no scenario files (*.scenarios.yaml) in this folder. Fix: write <flowId>"
                + ".scenarios.yaml beside a flow (see docs/scenarios.md)",
            missing
                + ": no such file or folder. Fix: give scenario files or folders of them"
                + " (default: ivr-flows)",
            dir.resolve("shop.yaml")
                + ": this is not a scenario file. Fix: give <flowId>"
                + ".scenarios.yaml files or folders of them"),
        formatted(result.problems()));
    assertFalse(result.ok());
  }

  private void writeFlows() throws IOException {
    write("shop.yaml", TestFlows.SHOP);
    write("card.yaml", TestFlows.CARD);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static List<String> formatted(List<Problem> problems) {
    return problems.stream().map(Problem::format).toList();
  }
}
