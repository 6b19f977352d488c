package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.assertProblems;

import org.junit.jupiter.api.Test;

/**
 * The problems of a flow's graph: targets and a start that name no node, nodes no call can reach,
 * nodes with no way out and loops that never wait for the caller. Each test asserts the exact
 * message a flow author reads: {@code file:line:column: [node] what is wrong. Fix: how}.
 */
class TargetAndGraphProblemsTest {

  @Test
  void optionToUnknownNodeIsReportedWithItsLineAndASuggestion() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: opening hours, goto: hours }
              - { digit: 2, label: goodbye, goto: bye }
          hour: { type: hangup, prompt: "We open at nine." }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:6:43: [main] option 1 goes to unknown node [hours]. Fix: did you mean 'hour'?");
  }

  @Test
  void startNamingNoNodeIsReported() {
    assertProblems(
        """
        id: line
        start: welcom
        nodes:
          welcome: { type: say, prompt: "Hello.", next: bye }
          bye: { type: hangup }
        """,
        "line.yaml:2:1: the start node [welcom] does not exist. Fix: did you mean 'welcome'?");
  }

  @Test
  void nodeNoCallCanReachIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome: { type: say, prompt: "Hello.", next: bye }
          bye: { type: hangup }
          forgotten: { type: hangup, prompt: "Nobody hears this." }
        """,
        "line.yaml:5:3: [forgotten] no call can reach this node. Fix: point an option, next or goto"
            + " at it, or remove it");
  }

  @Test
  void menuThatOnlyLoopsBackToItselfHasNoWayOut() {
    assertProblems(
        """
        id: line
        nodes:
          trap:
            type: menu
            prompt: "Press 1 to hear this again."
            escapes: false
            fallback: trap
            options:
              - { digit: 1, goto: trap }
        """,
        "line.yaml:3:3: [trap] the node has no way out: no path from it reaches a transfer, hangup"
            + " or agent. Fix: give it (or a node after it) a way to end the call, for example an"
            + " option to an agent, or keep the global escapes on");
  }

  @Test
  void loopThroughNoMenuOrCollectIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: thanks
          thanks: { type: say, prompt: "Thank you.", next: check }
          check:
            type: branch
            when:
              - { if: pin == "1234", goto: thanks }
            else: agent
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:9:3: [thanks] the loop [thanks] -> [check] -> [thanks] never waits for the"
            + " caller, so no retry counter can stop it and the call would spin forever. Fix: route"
            + " the loop through a menu or collect (they count retries), or end it");
  }
}
