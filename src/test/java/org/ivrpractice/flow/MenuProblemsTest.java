package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.assertProblems;

import org.junit.jupiter.api.Test;

/**
 * The problems of menus and the global escapes: digits and words two options share or an escape
 * also answers to, and an escape whose node is missing. Each test asserts the exact message a flow
 * author reads: {@code file:line:column: [node] what is wrong. Fix: how}.
 */
class MenuProblemsTest {

  @Test
  void sameDigitOnTwoOptionsIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 1, label: a joke, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:11: [main] digit 1 is used by two options (1 and 2). Fix: give each option its"
            + " own digit");
  }

  @Test
  void sameSynonymOnTwoOptionsIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, say: [hours, open], goto: bye }
              - { digit: 2, label: a joke, say: [joke, Open], goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:9: [main] \"open\" is said for option 1 and option 2. Fix: keep \"open\" on"
            + " one option only");
  }

  @Test
  void optionDigitAndSynonymClashingWithTheAgentEscapeAreReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 0, label: a person, say: [agent], goto: agent }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:9: [main] option 0's word \"agent\" is also the global escape 'agent'. Fix:"
            + " remove \"agent\" from the option, or turn the escape off here with escapes:"
            + " [repeat]",
        "line.yaml:7:11: [main] option 0 clashes with the global escape 'agent', which also answers"
            + " to 0. Fix: choose another digit, or turn the escape off here with escapes:"
            + " [repeat]");
  }

  @Test
  void escapeTurnedOffOnTheNodeMakesTheClashLegal() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            escapes: [repeat]
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 0, label: a person, say: [agent], goto: agent }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """);
  }

  @Test
  void agentEscapeWithNoAgentNodeIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
          bye: { type: hangup }
        """,
        "line.yaml:3:3: [main] the global escape 'agent' goes to node [agent], which this flow does"
            + " not have. Fix: add a node 'agent' (for an agent, usually a transfer), point"
            + " escapes.agent.goto at another node, or turn it off with escapes: { agent: false }");
  }
}
