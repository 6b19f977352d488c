package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.PRACTICE_DATA;
import static org.ivrpractice.flow.FlowProblems.assertProblems;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The problems of what a flow names beside its nodes: queues, practice data files, their tables and
 * fields. Each test asserts the exact message a flow author reads: {@code file:line:column: [node]
 * what is wrong. Fix: how}.
 */
class DataAndQueueProblemsTest {

  @Test
  void undeclaredQueueIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          agent: { type: transfer, queue: agnets }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:3:28: [agent] the queue 'agnets' is not declared. Fix: did you mean 'agents'? Or"
            + " declare it under queues:");
  }

  @Test
  void unknownTableIsReportedWithADidYouMean() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              ask: { type: collect, prompt: "Card?", length: 15, into: card, next: find }
              find:
                type: lookup
                table: card
                match: { number: card }
                as: account
                found: bye
                notFound: bye
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "line.yaml:7:5: [find] there is no table 'card' in the practice data. Fix: did you mean"
            + " 'cards'?");
  }

  @Test
  void lookupMatchingAFieldNoRecordHasIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              ask: { type: collect, prompt: "Card?", length: 15, into: card, next: find }
              find:
                type: lookup
                table: cards
                match: { numbr: card }
                as: account
                found: bye
                notFound: bye
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "line.yaml:8:5: [find] no record of table 'cards' has a field 'numbr'. Fix: did you mean"
            + " 'number'?");
  }

  @Test
  void dataFileThatIsNotBesideTheFlowIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practise.data.yaml
            nodes:
              bye: { type: hangup }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "line.yaml:2:1: the practice data file 'practise.data.yaml' was not found beside the flow."
            + " Fix: did you mean 'practice.data.yaml'?");
  }
}
