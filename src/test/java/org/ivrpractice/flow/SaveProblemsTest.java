package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.assertNoProblems;
import static org.ivrpractice.flow.FlowProblems.assertProblems;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The problems of a {@code save} node, as a flow author reads them. */
class SaveProblemsTest {

  private static String line(String save) {
    return """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Card number?"
            length: 15
            sensitive: true
            into: card
            next: make-ref
          make-ref: { type: reference, into: ref, next: keep }
        %s
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """
        .formatted(save.indent(2).stripTrailing());
  }

  @Test
  void aSaveOfTheReferenceWithFixedFieldsHasNoProblem() {
    assertNoProblems(
        Map.of(
            "line.yaml",
            line(
                """
                keep:
                  type: save
                  table: cases
                  key: reference
                  record: { reference: "{ref}", kind: replacement card, status: ordered }
                  next: bye
                """)));
  }

  @Test
  void aKeyThatIsNotAFieldOfTheRecordIsReported() {
    assertProblems(
        line(
            """
            keep:
              type: save
              table: cases
              key: referense
              record: { reference: "{ref}", status: ordered }
              next: bye
            """),
        "line.yaml:14:5: [keep] the key 'referense' is not a field of the record. Fix: did you"
            + " mean 'reference'?");
  }

  @Test
  void aSensitiveValueIsNeverSaved() {
    assertProblems(
        line(
            """
            keep:
              type: save
              table: cases
              record: { reference: "{ref}", card: "{card}" }
              next: bye
            """),
        "line.yaml:14:41: [keep] the record's 'card' would keep {card}, a sensitive value. Fix:"
            + " leave it out: a saved record never holds a card number or code, not even masked");
  }

  @Test
  void anEmptyRecordAndABadTableNameAreReported() {
    assertProblems(
        line(
            """
            keep:
              type: save
              table: "my cases"
              record: {}
              next: bye
            """),
        "line.yaml:13:5: [keep] 'my cases' is not a usable table name. Fix: use letters, digits,"
            + " '-' and '_', starting with a letter, as in table: cases",
        "line.yaml:14:5: [keep] the record to save has no fields. Fix: write record: { reference:"
            + " \"{ref}\", kind: replacement card, status: ordered }");
  }

  @Test
  void aVariableTheRecordReadsMustBeSetBefore() {
    assertProblems(
        line(
            """
            keep:
              type: save
              table: cases
              record: { reference: "{ref}", speed: "{delivery}" }
              next: bye
            """),
        "line.yaml:14:42: [keep] 'record.speed' uses {delivery}, which is set on no path before"
            + " it. Fix: set it first: a collect's 'into', a lookup's 'as', an option's 'set' or a"
            + " reference's 'into'");
  }
}
