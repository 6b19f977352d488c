package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.assertProblems;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The problems of collects: lengths that cannot be entered or that their check never accepts,
 * unknown checks, and finish keys that are also escapes. Each test asserts the exact message a flow
 * author reads: {@code file:line:column: [node] what is wrong. Fix: how}.
 */
class CollectProblemsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossibleLengths")
  void collectWithAnImpossibleLengthIsReported(String keys, String expected) {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter it."
            %s
            into: entered
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """
            .formatted(keys),
        expected);
  }

  static Stream<Arguments> impossibleLengths() {
    return Stream.of(
        arguments(
            "length: \"8-4\"",
            "line.yaml:6:5: [ask] the length range 8-4 runs backwards. Fix: write the shorter"
                + " length first: length: \"4-8\""),
        arguments(
            "length: 0",
            "line.yaml:6:5: [ask] a length of 0 digits cannot be entered. Fix: use a length from 1"
                + " to 30"),
        arguments(
            "length: 31",
            "line.yaml:6:5: [ask] a length of 31 digits cannot be entered. Fix: use a length from 1"
                + " to 30"),
        arguments(
            "length: 1\n    check: luhn",
            "line.yaml:6:5: [ask] a Luhn check needs at least 2 digits, not 1. Fix: collect the"
                + " whole number (a card number has 15 or 16 digits), or drop check: luhn"),
        arguments(
            "length: 5\n    check: date",
            "line.yaml:6:5: [ask] a date is 4 (MMDD) or 8 (MMDDYYYY) digits, which a length of 5"
                + " never allows. Fix: write length: 4 or length: 8"),
        arguments(
            "length: 12\n    check: amount",
            "line.yaml:6:5: [ask] an amount in cents has at most 9 digits, not 12. Fix: write a"
                + " length up to 9, for example length: \"1-9\""));
  }

  @Test
  void unknownCheckIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter your card number."
            length: 15
            check: lunh
            into: card
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:5: [ask] 'lunh' is not a check. Fix: did you mean 'luhn'?");
  }

  @Test
  void finishKeyThatIsAlsoTheRepeatEscapeIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter your card number, then press star."
            length: 4-15
            finishKey: "*"
            into: card
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:7:5: [ask] the finish key * is also the global escape 'repeat', so it could"
            + " never finish. Fix: write finishKey: \"#\", or turn the escape off here with"
            + " escapes: [agent]");
  }
}
