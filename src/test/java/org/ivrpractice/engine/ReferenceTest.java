package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ivrpractice.flow.DigitCheck;
import org.ivrpractice.flow.Flow;
import org.junit.jupiter.api.Test;

class ReferenceTest {

  private static final Flow FLOW =
      TestCall.flow(
          """
          id: t
          queues: { agents: { label: Care } }
          nodes:
            make-ref: { type: reference, into: ref, length: 8, next: read-ref }
            read-ref: { type: say, prompt: "Your reference number is {ref|digits}.", next: second }
            second: { type: reference, into: other, next: follow-up }
            follow-up:
              type: collect
              prompt: "Enter your reference number."
              length: 8
              check: luhn
              into: entered
              next: goodbye
            goodbye: { type: hangup, prompt: "Reference {entered} accepted." }
            agent: { type: transfer, queue: agents }
          """);

  @Test
  void referenceIsLuhnValidWithTheLengthAsked() {
    String ref = TestCall.start(FLOW, null, 42).variable("ref");

    assertEquals(8, ref.length());
    assertTrue(ref.matches("[1-9][0-9]{7}"), ref);
    assertTrue(DigitCheck.luhnValid(ref), ref);
  }

  @Test
  void sameSeedGivesTheSameReference() {
    assertEquals(
        TestCall.start(FLOW, null, 42).variable("ref"),
        TestCall.start(FLOW, null, 42).variable("ref"));
    assertNotEquals(
        TestCall.start(FLOW, null, 42).variable("ref"),
        TestCall.start(FLOW, null, 43).variable("ref"));
  }

  @Test
  void eachReferenceOfACallIsNew() {
    TestCall call = TestCall.start(FLOW, null, 42);

    assertNotEquals(call.variable("ref").substring(0, 7), call.variable("other").substring(0, 7));
    assertEquals(2, call.state().references());
    assertTrue(DigitCheck.luhnValid(call.variable("other")));
  }

  @Test
  void referenceIsReadDigitByDigit() {
    TestCall call = TestCall.start(FLOW, null, 42);
    String ref = call.variable("ref");

    assertEquals(
        "Your reference number is "
            + String.join(" ", ref.split(""))
            + ". | "
            + "Enter your reference number.",
        call.heard());
  }

  @Test
  void generatedReferencePassesTheFollowUpCheck() {
    TestCall call = TestCall.start(FLOW, null, 42);
    String ref = call.variable("ref");

    call.press(ref);
    assertEquals("Reference " + ref + " accepted.", call.heard());
  }
}
