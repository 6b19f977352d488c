package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ivrpractice.flow.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectTest {

  /** A flow that collects digits with the given collect keys, then reads them back. */
  private static Flow collecting(String keys) {
    return TestCall.flow(
        """
        id: t
        queues: { agents: { label: Care } }
        defaults:
          noMatch: "I didn't get that."
        nodes:
          enter:
            type: collect
            prompt: "Enter the digits."
        %s
            into: entered
            next: read-back
          read-back: { type: hangup, prompt: "You entered {entered|digits}." }
          agent: { type: transfer, queue: agents, prompt: "Please hold." }
        """
            .formatted(keys.indent(4).stripTrailing()));
  }

  @Test
  void acceptedDigitsAreStoredAndTheFlowMovesOn() {
    TestCall call = TestCall.start(collecting("length: 4")).press("4712");

    assertEquals("4712", call.variable("entered"));
    assertEquals("You entered 4 7 1 2.", call.heard());
    assertEquals(List.of("COLLECTED", "ENTERED", "ENDED:self-served"), call.events());
  }

  @Test
  void awaitingDescribesTheDigitsWanted() {
    TestCall call = TestCall.start(collecting("length: 4-8\nfinishKey: \"#\"\ntimeout: 10"));

    Awaiting.DigitEntry entry = (Awaiting.DigitEntry) call.turn().awaiting();
    assertEquals(4, entry.minLength());
    assertEquals(8, entry.maxLength());
    assertEquals("#", entry.finishKey());
    assertEquals(false, entry.sensitive());
    assertEquals(10, entry.timeoutSeconds());
    assertEquals(List.of("0", "*"), entry.escapes().stream().map(Choice::digit).toList());
  }

  @Test
  void zeroInsideACollectIsADigitNotTheAgent() {
    TestCall call = TestCall.start(collecting("length: 1-4")).press("0");

    assertEquals("0", call.variable("entered"));
    assertEquals("read-back", call.at());
  }

  @Test
  void finishKeyEndsEntryEarly() {
    TestCall call = TestCall.start(collecting("length: 4-8\nfinishKey: \"#\"")).press("12345#");

    assertEquals("12345", call.variable("entered"));
  }

  @Test
  void starAloneRepeatsThePrompt() {
    TestCall call = TestCall.start(collecting("length: 4")).press("*");

    assertEquals("Enter the digits.", call.heard());
    assertEquals(List.of("ESCAPE:repeat"), call.events());
  }

  @Test
  void starAsTheFinishKeyEndsEntry() {
    TestCall call =
        TestCall.start(collecting("length: 4\nfinishKey: \"*\"\nescapes: [agent]")).press("*");

    assertEquals(List.of("NO_MATCH:1"), call.events());
    call.press("1234*");
    assertEquals("1234", call.variable("entered"));
  }

  @Test
  void wrongLengthIsANoMatchThatSaysTheInvalidText() {
    TestCall call =
        TestCall.start(collecting("length: 4\ninvalid: \"That is not four digits.\"")).press("123");

    assertEquals("That is not four digits. | Enter the digits.", call.heard());
    assertEquals(List.of("NO_MATCH:1"), call.events());
    call.press("12345").press("1a34");
    assertEquals("agent", call.at());
  }

  @Test
  void withoutAnInvalidTextTheNoMatchTextIsSaid() {
    TestCall call = TestCall.start(collecting("length: 4")).press("12");

    assertEquals("I didn't get that. | Enter the digits.", call.heard());
  }

  @ParameterizedTest
  @CsvSource({
    "luhn, 15, 378282246310005, true",
    "luhn, 15, 378282246310006, false",
    "date, 4-8, 1231, true",
    "date, 4-8, 0230, false",
    "date, 4-8, 02292024, true",
    "date, 4-8, 02292023, false",
    "amount, 1-9, 4820, true",
    "amount, 1-9, 0000, false",
    "none, 3, 000, true",
  })
  void checksDecideWhatIsAccepted(String check, String length, String digits, boolean accepted) {
    TestCall call =
        TestCall.start(collecting("length: " + length + "\ncheck: " + check)).press(digits);

    assertEquals(accepted ? "read-back" : "enter", call.at());
    // A card-like number is kept masked even at a collect not marked sensitive (see below).
    assertEquals(accepted ? SensitiveDigits.shown(digits, false) : null, call.variable("entered"));
  }

  @Test
  void aCardNumberCollectedWithoutSensitiveIsStillKeptMaskedWithItsDigest() {
    TestCall call = TestCall.start(collecting("length: 15\ncheck: luhn")).press("378282246310005");

    assertEquals("•••••••••••0005", call.variable("entered"));
    assertEquals(SensitiveDigits.digest("378282246310005"), call.state().digests().get("entered"));
  }

  @Test
  void spokenDigitsAreEntered() {
    TestCall call = TestCall.start(collecting("length: 4-8")).say("It's three seven, 8 2.");

    assertEquals("3782", call.variable("entered"));
  }

  @Test
  void spanishSpokenDigitsAreEntered() {
    TestCall call = TestCall.start(collecting("length: 4")).say("cero tres siete nueve");

    assertEquals("0379", call.variable("entered"));
  }

  @Test
  void spokenEscapesStillWork() {
    TestCall call = TestCall.start(collecting("length: 4")).say("Um, an agent please");

    assertEquals("agent", call.at());
    assertEquals("ESCAPE:agent", call.events().get(0));
  }

  @Test
  void speechWithoutDigitsIsANoMatch() {
    TestCall call = TestCall.start(collecting("length: 4")).say("I don't know it");

    assertEquals(List.of("NO_MATCH:1"), call.events());
    assertNull(call.variable("entered"));
  }

  @Test
  void shortSensitiveCodeIsHiddenEntirely() {
    Flow flow = collecting("length: 3\nsensitive: true");
    TestCall call = TestCall.start(flow);
    assertTrue(((Awaiting.DigitEntry) call.turn().awaiting()).sensitive());

    call.press("739");
    assertEquals("•••", call.variable("entered"));
    assertEquals("You entered that you entered.", call.heard());
    assertFalse(call.state().variables().toString().contains("739"));
    assertFalse(call.turn().toString().contains("739"));
  }

  @Test
  void hangingUpDuringACollectAbandonsTheCall() {
    TestCall call = TestCall.start(collecting("length: 4")).press("12").hangUp();

    assertEquals("abandoned", call.turn().ending().outcome().yamlName());
    assertEquals(List.of("ENDED:abandoned"), call.events());
    assertEquals("enter", call.at());
  }
}
