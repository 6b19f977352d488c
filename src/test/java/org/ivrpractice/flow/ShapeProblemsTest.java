package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The problems of a flow file's shape: YAML syntax, unknown and missing keys, values of the wrong
 * type, node types, the flow's id and conditions that cannot be read. Each test asserts the exact
 * message a flow author reads: {@code file:line:column: [node] what is wrong. Fix: how}.
 */
class ShapeProblemsTest {

  @Test
  void yamlSyntaxErrorIsReportedWithItsLine() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: hangup
            prompt: "Goodbye.
          other: { type: hangup }
        """,
        "line.yaml:5:13: this quoted text is never closed. Fix: end it with the same quote it"
            + " starts with");
  }

  @Test
  void duplicateKeyIsReportedWithBothLines() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            prompt: "Hello."
            next: bye
            next: welcome
          bye: { type: hangup }
        """,
        "line.yaml:7:5: the key 'next' appears twice in one mapping (first at line 6). Fix: keep"
            + " one of them: YAML would silently drop the other");
  }

  @Test
  void unknownKeyIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            promt: "Hello."
            next: bye
          bye: { type: hangup }
        """,
        "line.yaml:5:5: [welcome] a say node has no key 'promt'. Fix: did you mean 'prompt'?");
  }

  @Test
  void missingRequiredKeyIsReportedWithAnExample() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            prompt: "Hello."
          bye: { type: hangup }
        """,
        "line.yaml:4:5: [welcome] a say node needs 'next'. Fix: add next: <node id>");
  }

  @Test
  void valueOfTheWrongTypeIsReportedWithAnExample() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            retries: many
            options:
              - { digit: 1, label: goodbye, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:5:14: [main] 'retries' of a menu node must be a whole number from 0 to 9, not"
            + " the text \"many\". Fix: write for example retries: 2");
  }

  @Test
  void unknownNodeTypeIsReportedWithADidYouMeanAndNothingElse() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: sya
            prompt: "Hello."
            next: bye
          bye: { type: hangup }
        """,
        "line.yaml:4:11: [welcome] 'sya' is not a node type. Fix: did you mean 'say'?");
  }

  @Test
  void flowIdDifferingFromTheFileNameIsReported() {
    assertProblems(
        """
        id: hello
        nodes:
          bye: { type: hangup }
        """,
        "line.yaml:1:1: the flow's id 'hello' differs from its file name. Fix: name the file"
            + " hello.yaml, or write id: line");
  }

  @Test
  void branchConditionThatCannotBeReadIsReportedAtItsColumn() {
    assertProblems(
        """
        id: line
        nodes:
          ask: { type: collect, prompt: "PIN?", length: 4, into: pin, next: check }
          check:
            type: branch
            when:
              - if: pin = "1234"
                goto: bye
            else: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:17: [check] the condition 'pin = \"1234\"' cannot be read: '=' is not an"
            + " operator (write == or !=). Fix: compare a variable with == != < <= > >= or in"
            + " (...), for example account.tier in (\"Platinum\", \"Centurion\")");
  }

  @Test
  void everyMistakeOfABrokenFlowIsReportedInLineOrderAndOnlyTheGoodFlowsLoad() {
    LoadResult result =
        FlowLoader.fromSources(
            Map.of(
                "good.yaml",
                """
                id: good
                nodes:
                  bye: { type: hangup, prompt: "Goodbye." }
                """,
                "line.yaml",
                """
                id: line
                nodes:
                  welcome:
                    type: say
                    prompt: "Hello."
                    colour: blue
                    next: main
                  main:
                    type: menu
                    options:
                      - { digit: 1, label: goodbye, goto: by }
                  bye: { type: hangup }
                  agent: { type: transfer, queue: agnets }
                queues:
                  agents: { label: Care }
                """));

    assertEquals(
        List.of(
            "line.yaml:6:5: [welcome] a say node has no key 'colour'. Fix: use one of its keys:"
                + " lint, next, prompt, type",
            "line.yaml:11:37: [main] option 1 goes to unknown node [by]. Fix: did you mean 'bye'?",
            "line.yaml:13:28: [agent] the queue 'agnets' is not declared. Fix: did you mean"
                + " 'agents'? Or declare it under queues:"),
        result.problems().stream().map(Problem::format).toList());
    assertEquals(Set.of("good"), result.flows().keySet());
  }
}
