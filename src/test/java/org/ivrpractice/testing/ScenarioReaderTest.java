package org.ivrpractice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenario files read into the model, and every mistake in them told with its place and a fix. */
class ScenarioReaderTest {

  private static final String FILE = "shop.scenarios.yaml";

  @Test
  void everyKindOfStepIsReadWithItsPosition() {
    ScenarioFile file =
        TestFlows.scenarios(
            """
            flow: shop
            seed: 7
            scenarios:
              - name: Order by voice
                locale: en-US
                steps:
                  - hear: welcome
                  - say: my order
                  - at: card/number
                  - press: "378282246310005#"
                  - silence
                  - hangup
                  - end: abandoned
              - name: Agent
                steps:
                  - press: 0
                  - end: transferred to agents
              - name: Any queue
                steps:
                  - press: 0
                  - end: transferred
            """);

    assertEquals("shop", file.flowId());
    assertEquals(7, file.seed());
    assertEquals(FILE, file.file());
    Scenario first = file.scenarios().get(0);
    assertEquals("Order by voice", first.name());
    assertEquals("en-US", first.locale());
    assertEquals(new Position(FILE, 4, 5), first.position());
    assertEquals(
        List.of(
            new ScenarioStep.Hear("welcome", at(7)),
            new ScenarioStep.Say("my order", at(8)),
            new ScenarioStep.At("card/number", at(9)),
            new ScenarioStep.Press("378282246310005#", at(10)),
            new ScenarioStep.Silence(at(11)),
            new ScenarioStep.HangUp(at(12)),
            new ScenarioStep.End(Outcome.ABANDONED, null, at(13))),
        first.steps());
    assertEquals(
        new ScenarioStep.End(Outcome.TRANSFERRED, "agents", at(17)),
        file.scenarios().get(1).steps().get(1));
    assertEquals(
        new ScenarioStep.End(Outcome.TRANSFERRED, null, at(21)),
        file.scenarios().get(2).steps().get(1));
  }

  @Test
  void seedAndLocaleHaveDefaults() {
    ScenarioFile file =
        TestFlows.scenarios(
            """
            flow: shop
            scenarios:
              - name: Hours
                steps: [press: 1, end: self-served]
            """);

    assertEquals(ScenarioFile.DEFAULT_SEED, file.seed());
    assertNull(file.scenarios().get(0).locale());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void mistakeIsReportedWithItsPlaceAndAFix(String what, String steps, String expected) {
    String yaml =
        """
        flow: shop
        scenarios:
          - name: A call
            steps:
        """
            + steps.indent(6);

    assertEquals(List.of(expected), problemsOf(FILE, yaml));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        arguments(
            "unknown step",
            "- presss: 1",
            "shop.scenarios.yaml:5:9: there is no step 'presss'. Fix: did you mean 'press'?"),
        arguments(
            "unknown word step",
            "- silense",
            "shop.scenarios.yaml:5:9: there is no step 'silense'. Fix: did you mean 'silence'?"),
        arguments(
            "unknown step far from any",
            "- pause: 5",
            "shop.scenarios.yaml:5:9: there is no step 'pause'. Fix: use one of the steps: at, end,"
                + " hangup, hear, press, say, silence"),
        arguments(
            "bad end",
            "- end: self-serve",
            "shop.scenarios.yaml:5:14: 'end' cannot be 'self-serve'. Fix: did you mean"
                + " 'self-served'? 'end' takes self-served, hung-up, abandoned, transferred, or"
                + " transferred to <queue>"),
        arguments(
            "end with no value like any",
            "- end: finished",
            "shop.scenarios.yaml:5:14: 'end' cannot be 'finished'. Fix: 'end' takes self-served,"
                + " hung-up, abandoned, transferred, or transferred to <queue>"),
        arguments(
            "unknown queue",
            "- end: transferred to agentz",
            "shop.scenarios.yaml:5:14: the flow 'shop' has no queue 'agentz'. Fix: did you mean"
                + " 'agents'?"),
        arguments(
            "unknown node in at",
            "- at: mian",
            "shop.scenarios.yaml:5:13: neither the flow 'shop' nor its sub-flows have a node"
                + " 'mian'. Fix: did you mean 'main'?"),
        arguments(
            "unknown sub-flow node in at",
            "- at: card/numbr",
            "shop.scenarios.yaml:5:13: neither the flow 'shop' nor its sub-flows have a node"
                + " 'card/numbr'. Fix: did you mean 'card/number'?"),
        arguments(
            "top-level node named with its flow",
            "- at: shop/main",
            "shop.scenarios.yaml:5:13: a node of the flow 'shop' itself is named without the flow."
                + " Fix: write at: main"),
        arguments(
            "step without its value",
            "- press",
            "shop.scenarios.yaml:5:9: the step 'press' needs a value. Fix: write it as 'press: 1'"),
        arguments(
            "step without its colon",
            "- press 1",
            "shop.scenarios.yaml:5:9: the step 'press 1' misses the ':' after 'press'. Fix: write"
                + " it as 'press: 1'"),
        arguments(
            "empty hear",
            "- hear:",
            "shop.scenarios.yaml:5:14: 'hear' needs the words to hear, not nothing. Fix: write it"
                + " as 'hear: goodbye'"),
        arguments(
            "keys that are not keys",
            "- press: one",
            "shop.scenarios.yaml:5:16: 'press' takes keys (0-9, * and #), not 'one'. Fix: write the"
                + " keys alone, in quotes when there is a * or #: press: \"378282246310005#\""),
        arguments(
            "two steps on one line",
            "- press: 1\n  hear: hours",
            "shop.scenarios.yaml:6:9: a step has one key, and this one has 2: press, hear. Fix:"
                + " put each step on its own line starting with '- '"),
        arguments(
            "silence with a value",
            "- silence: 5",
            "shop.scenarios.yaml:5:18: the step 'silence' takes no value. Fix: write just '-"
                + " silence'"));
  }

  @Test
  void flowThatDoesNotExistIsReportedWithTheClosestFlow() {
    String yaml =
        """
        flow: shpo
        scenarios:
          - name: Hours
            steps: [press: 1]
        """;

    assertEquals(
        List.of("shpo.scenarios.yaml:1:7: there is no flow 'shpo'. Fix: did you mean 'shop'?"),
        problemsOf("shpo.scenarios.yaml", yaml));
  }

  @Test
  void flowMustMatchTheFileName() {
    String yaml =
        """
        flow: shop
        scenarios:
          - name: Hours
            steps: [press: 1]
        """;

    assertEquals(
        List.of(
            "ivr-flows/store.scenarios.yaml:1:7: the flow 'shop' does not match the file name,"
                + " which is for the flow 'store'. Fix: write flow: store, or rename the file"
                + " shop.scenarios.yaml"),
        problemsOf("ivr-flows/store.scenarios.yaml", yaml));
  }

  @Test
  void subFlowCannotBeCalledFromAScenario() {
    String yaml =
        """
        flow: card
        scenarios:
          - name: Number
            steps: [press: 1]
        """;

    assertEquals(
        List.of(
            "card.scenarios.yaml:1:7: 'card' is a sub-flow, and a call cannot start in a"
                + " sub-flow. Fix: test it through a flow that calls it, in that flow's scenario"
                + " file"),
        problemsOf("card.scenarios.yaml", yaml));
  }

  @Test
  void flowWithProblemsIsNamedAsSuchRatherThanAsMissing() {
    Problems problems = new Problems();
    new ScenarioReader(TestFlows.flows(), Set.of("billing"))
        .read(
            "billing.scenarios.yaml",
            "flow: billing\nscenarios: [{name: A, steps: [silence]}]\n",
            problems);

    assertEquals(
        List.of(
            "billing.scenarios.yaml:1:7: the flow 'billing' has problems, so these scenarios"
                + " cannot run. Fix: fix the problems reported for the flow's file"),
        problems.sorted().stream().map(Problem::format).toList());
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    String yaml =
        """
        flow: shop
        seed: seven
        scenarios:
          - name: Hours
            locale: fr-FR
            steps:
              - prss: 1
              - end: hung up
          - name: Hours
            step:
              - silence
          - locale: en-US
            steps: [hangup]
        """;

    assertEquals(
        List.of(
            "shop.scenarios.yaml:2:7: 'seed' must be a whole number, not the text \"seven\". Fix:"
                + " write seed: 7, or leave it out for 1",
            "shop.scenarios.yaml:5:13: the flow 'shop' does not speak 'fr-FR'. Fix: use one of its"
                + " locales: en-US",
            "shop.scenarios.yaml:7:9: there is no step 'prss'. Fix: did you mean 'press'?",
            "shop.scenarios.yaml:8:14: 'end' cannot be 'hung up'. Fix: did you mean 'hung-up'?"
                + " 'end' takes self-served, hung-up, abandoned, transferred, or transferred to"
                + " <queue>",
            "shop.scenarios.yaml:9:11: another scenario, at line 4, has the name 'Hours'. Fix: give"
                + " each scenario its own name: the name tells which one failed",
            "shop.scenarios.yaml:10:5: a scenario has no key 'step'. Fix: did you mean 'steps'?",
            "shop.scenarios.yaml:12:5: a scenario needs 'name'. Fix: add name: what the call"
                + " proves"),
        problemsOf(FILE, yaml));
  }

  @Test
  void missingFlowAndScenariosAreReported() {
    assertEquals(
        List.of(
            "shop.scenarios.yaml:1:1: a scenario file needs 'flow'. Fix: add flow: shop",
            "shop.scenarios.yaml:1:1: a scenario file needs 'scenarios'. Fix: add 'scenarios:' with"
                + " a list of scenarios, each '- name: ...' and 'steps:'"),
        problemsOf(FILE, "seed: 3\n"));
  }

  @Test
  void yamlSyntaxErrorIsReportedWhereItIs() {
    assertEquals(
        List.of(
            "shop.scenarios.yaml:4:19: this quoted text is never closed. Fix: end it with the"
                + " same quote it starts with"),
        problemsOf(FILE, "flow: shop\nscenarios:\n  - name: A\n    steps: [hear: \"hours]\n"));
  }

  private static Position at(int line) {
    return new Position(FILE, line, 9);
  }

  private static List<String> problemsOf(String file, String yaml) {
    Problems problems = new Problems();
    ScenarioFile read = new ScenarioReader(TestFlows.flows()).read(file, yaml, problems);
    assertNull(read, "a file with problems reads as null");
    return problems.sorted().stream().map(Problem::format).toList();
  }
}
