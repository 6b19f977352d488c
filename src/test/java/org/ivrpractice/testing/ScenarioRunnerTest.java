package org.ivrpractice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.engine.Input;
import org.junit.jupiter.api.Test;

/** Scenarios run through a call driver: what passes, and how each kind of failure is told. */
class ScenarioRunnerTest {

  private static final String MASKED_CARD = "•••••••••••0005";

  @Test
  void scenarioWhoseEveryStepHoldsPasses() {
    ScenarioResult result =
        run(
            """
            - hear: WELCOME   to the shop
            - at: main
            - press: 2
            - at: card/number
            - press: "378282246310005#"
            - hear: on its way
            - at: thanks
            - end: self-served
            """);

    assertTrue(result.passed(), () -> TextReport.failure(result));
    assertNull(result.failedStep());
    assertNull(result.expected());
    assertEquals(List.of("Your order is on its way. Goodbye."), result.heard());
    assertEquals(
        List.of(
            "IVR: Welcome to the shop.",
            "IVR: For opening hours, press 1. For your order, press 2.",
            "Caller: pressed 2",
            "IVR: Enter your card number, then press pound.",
            "Caller: pressed " + MASKED_CARD + "#",
            "IVR: Your order is on its way. Goodbye.",
            "(the call ended: self-served)"),
        result.transcript());
  }

  @Test
  void hearMismatchShowsTheStepWhatWasExpectedWhatWasHeardAndTheCallSoFar() {
    ScenarioResult result =
        run(
            """
            - press: 2
            - press: "378282246310005#"
            - hear: reference number
            - end: self-served
            """);

    assertFalse(result.passed());
    assertEquals(
        """
        shop.scenarios.yaml:7:9: hear: "reference number"
        expected: to hear "reference number"
        heard:    "Your order is on its way. Goodbye."
        transcript:
          IVR: Welcome to the shop.
          IVR: For opening hours, press 1. For your order, press 2.
          Caller: pressed 2
          IVR: Enter your card number, then press pound.
          Caller: pressed •••••••••••0005#
          IVR: Your order is on its way. Goodbye.
          (the call ended: self-served)
        """,
        TextReport.failure(result));
  }

  @Test
  void theFullCardNumberNeverAppearsInAResult() {
    ScenarioResult result =
        run(
            """
            - press: 2
            - press: "378282246310005#"
            - hear: something else
            """);

    String everything =
        TextReport.failure(result) + result.transcript() + result.heard() + result.expected();
    assertFalse(everything.contains(TestFlows.CARD_NUMBER), everything);
    assertFalse(everything.contains("8282246"), everything);
    assertTrue(everything.contains("Caller: pressed " + MASKED_CARD + "#"), everything);
  }

  @Test
  void wordsSaidAtASensitiveEntryAreNotShown() {
    ScenarioResult result =
        run(
            """
            - press: 2
            - say: three seven eight two
            - end: self-served
            """);

    assertTrue(result.transcript().contains("Caller: said (not shown: a sensitive entry)"));
    assertFalse(String.join("\n", result.transcript()).contains("three seven"));
  }

  @Test
  void atMismatchSaysWhereTheCallIs() {
    ScenarioResult result = run("- press: 9\n- at: hours\n");

    assertFalse(result.passed());
    assertEquals("at: hours", result.failedStep().describe());
    assertEquals("the call at hours", result.expected());
    assertEquals("it is at main", result.actual());
    assertEquals(
        List.of(
            "Sorry, I didn't understand that.",
            "For opening hours, press 1. For your order, press 2."),
        result.heard());
  }

  @Test
  void endMismatchSaysHowTheCallEnded() {
    ScenarioResult result = run("- press: 0\n- end: self-served\n");

    assertFalse(result.passed());
    assertEquals("the call to end self-served", result.expected());
    assertEquals("it ended at agent (transferred to agents)", result.actual());
  }

  @Test
  void endWhileTheCallGoesOnSaysWhereItWaits() {
    ScenarioResult result = run("- press: 2\n- end: self-served\n");

    assertEquals("the call to end self-served", result.expected());
    assertEquals("the call goes on at card/number, waiting for the caller", result.actual());
  }

  @Test
  void transferredWithoutAQueueAcceptsAnyQueue() {
    assertTrue(run("- say: agent\n- end: transferred\n").passed());
  }

  @Test
  void stepAfterTheCallEndedFails() {
    ScenarioResult result = run("- press: 1\n- press: 2\n- end: self-served\n");

    assertFalse(result.passed());
    assertEquals("press: 2", result.failedStep().describe());
    assertEquals("the call to go on, for the caller to press 2", result.expected());
    assertEquals("the call had already ended at hours (self-served)", result.actual());
  }

  @Test
  void hearAndEndStillCheckTheLastTurnAfterTheEnd() {
    assertTrue(run("- hangup\n- end: abandoned\n- at: main\n").passed());
  }

  @Test
  void anErrorOfTheCallFailsTheScenarioInsteadOfTheRun() {
    CallDriver breaking =
        new CallDriver() {
          public CallView start(String flowId, String locale, long seed) {
            return new CallView(List.of("Hello."), "main", null, false);
          }

          public CallView send(Input input) {
            throw new IllegalStateException("flow shop loops at main without waiting for input");
          }
        };

    ScenarioResult result = run(breaking, "- press: 1\n- end: self-served\n");

    assertFalse(result.passed());
    assertEquals("press: 1", result.failedStep().describe());
    assertNull(result.expected());
    assertEquals(
        "the call failed: flow shop loops at main without waiting for input", result.actual());
    assertEquals(List.of("IVR: Hello.", "Caller: pressed 1"), result.transcript());
  }

  @Test
  void aCallThatCannotStartFailsTheScenario() {
    CallDriver refusing =
        new CallDriver() {
          public CallView start(String flowId, String locale, long seed) {
            throw new IllegalArgumentException("flow shop does not speak fr-FR");
          }

          public CallView send(Input input) {
            throw new AssertionError("never sent");
          }
        };

    ScenarioResult result = run(refusing, "- press: 1\n");

    assertFalse(result.passed());
    assertNull(result.failedStep());
    assertEquals("the call could not start: flow shop does not speak fr-FR", result.actual());
    assertTrue(
        TextReport.failure(result).startsWith("shop.scenarios.yaml:3:5: A call\n"),
        TextReport.failure(result));
  }

  @Test
  void atPassesWhenTheChannelCannotTellTheNode() {
    CallDriver blind =
        new CallDriver() {
          public CallView start(String flowId, String locale, long seed) {
            return new CallView(List.of("Hello."), null, null, false);
          }

          public CallView send(Input input) {
            return start(null, null, 0);
          }
        };

    assertTrue(run(blind, "- at: hours\n- press: 1\n- at: main\n").passed());
  }

  @Test
  void listenersHearOfTheScenarioAndEachPassedStepInOrder() {
    List<String> heard = new ArrayList<>();
    ScenarioListener recorder =
        new ScenarioListener() {
          public void scenarioStarted(ScenarioFile file, Scenario scenario) {
            heard.add("started " + scenario.name());
          }

          public void stepPassed(Scenario scenario, ScenarioStep step, CallView call) {
            heard.add("passed " + step.describe() + " at " + call.node());
          }

          public void scenarioFinished(ScenarioResult result) {
            heard.add("finished " + (result.passed() ? "PASS" : "FAIL"));
          }
        };
    ScenarioFile file = file("- press: 2\n- at: card/number\n- hear: nothing like this\n");

    new ScenarioRunner(new EngineDriver(TestFlows.flows()), List.of(recorder))
        .run(file, file.scenarios().get(0));

    assertEquals(
        List.of(
            "started A call",
            "passed press: 2 at card/number",
            "passed at: card/number at card/number",
            "finished FAIL"),
        heard);
  }

  private static ScenarioResult run(String steps) {
    return run(new EngineDriver(TestFlows.flows()), steps);
  }

  private static ScenarioResult run(CallDriver driver, String steps) {
    ScenarioFile file = file(steps);
    return new ScenarioRunner(driver).run(file, file.scenarios().get(0));
  }

  /** A file with one scenario, "A call", whose steps start on line 5. */
  private static ScenarioFile file(String steps) {
    return TestFlows.scenarios(
        """
        flow: shop
        scenarios:
          - name: A call
            steps:
        """
            + steps.indent(6));
  }
}
