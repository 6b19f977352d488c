package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.VERIFY_SUBFLOW;
import static org.ivrpractice.flow.FlowProblems.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The problems of sub-flows and their calls: missing or broken sub-flows, exits not mapped or not
 * declared, returns outside a sub-flow, and sub-flows calling each other in a circle. Each test
 * asserts the exact message a flow author reads: {@code file:line:column: [node] what is wrong.
 * Fix: how}.
 */
class SubflowProblemsTest {

  @Test
  void callToASubflowThatDoesNotExistIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check: { type: subflow, flow: verfy, exits: { verified: bye, failed: bye } }
              bye: { type: hangup }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "line.yaml:3:27: [check] there is no sub-flow 'verfy'. Fix: did you mean 'verify'?");
  }

  @Test
  void subflowCallMissingAnExitIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check:
                type: subflow
                flow: verify
                exits: { verified: bye }
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "line.yaml:6:5: [check] 'verify' can end through its exit 'failed', which this call sends"
            + " to no node. Fix: add failed: <node id> under exits");
  }

  @Test
  void subflowCallMappingAnExitTheSubflowDoesNotHaveIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check:
                type: subflow
                flow: verify
                exits: { verified: bye, failed: bye, faild: bye }
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "line.yaml:6:42: [check] 'verify' has no exit 'faild'. Fix: did you mean 'failed'?");
  }

  @Test
  void returnThroughAnUndeclaredExitIsReported() {
    assertProblems(
        """
        id: line
        exits: [verified, failed]
        nodes:
          done: { type: return, exit: verifed }
        """,
        "line.yaml:4:25: [done] the exit 'verifed' is not declared. Fix: did you mean 'verified'?");
  }

  @Test
  void returnInAFlowThatIsNotASubflowIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          done: { type: return, exit: verified }
        """,
        "line.yaml:3:3: [done] a return only ends a sub-flow, and this flow declares no exits. Fix:"
            + " use a hangup or transfer here, or declare exits: [verified]");
  }

  @Test
  void subflowsCallingEachOtherInACircleAreReported() {
    assertProblems(
        Map.of(
            "ping.yaml",
            """
            id: ping
            exits: [done]
            nodes:
              call-pong: { type: subflow, flow: pong, exits: { done: finish } }
              finish: { type: return, exit: done }
            """,
            "pong.yaml",
            """
            id: pong
            exits: [done]
            nodes:
              call-ping: { type: subflow, flow: ping, exits: { done: finish } }
              finish: { type: return, exit: done }
            """),
        "ping.yaml:4:31: [call-pong] calling 'pong' from 'ping' makes sub-flows call each other in"
            + " a circle. Fix: let the sub-flows return instead of calling back",
        "pong.yaml:4:31: [call-ping] calling 'ping' from 'pong' makes sub-flows call each other in"
            + " a circle. Fix: let the sub-flows return instead of calling back");
  }

  @Test
  void subflowFileThatIsNotValidYamlIsReportedOnceAndItsCallerIsNotLoaded() {
    LoadResult result =
        FlowLoader.fromSources(
            Map.of(
                "line.yaml",
                """
                id: line
                nodes:
                  check: { type: subflow, flow: verify, exits: { verified: bye, failed: agent } }
                  bye: { type: hangup, prompt: "Thank you, {account.holder}." }
                  agent: { type: transfer, queue: agents }
                queues:
                  agents: { label: Care }
                """,
                "verify.yaml",
                """
                id: verify
                exits: [verified, failed]
                nodes:
                  ask: { type: collect, prompt: "Card?, length: 15, into: card, next: ok }
                """));

    assertEquals(
        List.of(
            "verify.yaml:4:33: this quoted text is never closed. Fix: end it with the same quote"
                + " it starts with"),
        result.problems().stream().map(Problem::format).toList());
    assertEquals(Map.of(), result.flows());
  }
}
