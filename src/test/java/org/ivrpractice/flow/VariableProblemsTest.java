package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.PRACTICE_DATA;
import static org.ivrpractice.flow.FlowProblems.VERIFY_SUBFLOW;
import static org.ivrpractice.flow.FlowProblems.assertNoProblems;
import static org.ivrpractice.flow.FlowProblems.assertProblems;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The problems of variables: a text or condition that reads a variable no path sets before it. Each
 * test asserts the exact message a flow author reads: {@code file:line:column: [node] what is
 * wrong. Fix: how}.
 */
class VariableProblemsTest {

  @Test
  void variableSetOnNoPathIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: bye
          bye: { type: hangup, prompt: "Your PIN is {pni|digits}." }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:9:32: [bye] 'prompt' uses {pni}, which is set on no path before it. Fix: did you"
            + " mean {pin}?");
  }

  @Test
  void variableUsedOnlyBeforeItIsSetIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome: { type: say, prompt: "Your PIN was {pin}.", next: ask-pin }
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:3:33: [welcome] 'prompt' uses {pin}, which is set on no path before it. Fix:"
            + " [ask-pin] sets it, but no call passes there before here: use it after [ask-pin], or"
            + " set it on the way here");
  }

  @Test
  void variablesSetByCollectLookupOptionAndSubflowBeforeUseAreFine() {
    assertNoProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              card-number:
                type: collect
                prompt: "Please enter your card number."
                length: 15
                check: luhn
                into: card
                next: find-card
              find-card:
                type: lookup
                table: cards
                match: { number: card }
                as: account
                found: delivery
                notFound: agent
              delivery:
                type: menu
                prompt: "Hello {account.holder}. For standard delivery, press 1."
                options:
                  - { digit: 1, set: { speed: standard }, goto: verify }
              verify:
                type: subflow
                flow: verify
                exits: { verified: route, failed: agent }
              route:
                type: branch
                when:
                  - { if: speed == "standard" and account.tier == "Green", goto: bye }
                else: agent
              bye: { type: hangup, prompt: "Card {card|digits}, PIN {pin|digits}. Goodbye." }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA,
            "verify.yaml",
            VERIFY_SUBFLOW));
  }
}
