package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ivrpractice.flow.Outcome;
import org.junit.jupiter.api.Test;

class RetriesTest {

  private static final String MENU =
      """
      id: t
      queues:
        agents: { label: Customer care, wait: 120, position: 3 }
      defaults:
        noInput: "I didn't hear you."
        noMatch: "I didn't get that."
      nodes:
        main:
          type: menu
          prompt: "For balance, press 1. To hear this again, press 9."
          options:
            - { digit: 1, say: [balance], goto: balance }
            - { digit: 9, say: [again], goto: main }
        balance: { type: hangup, prompt: "Your balance is zero." }
        agent: { type: transfer, queue: agents, prompt: "Please hold for an agent." }
      """;

  private static final String PROMPT = "For balance, press 1. To hear this again, press 9.";

  @Test
  void silenceRepromptsWithTheNoInputTextThenFallsBackToAnAgent() {
    TestCall call = TestCall.start(MENU).silence();
    assertEquals("I didn't hear you. | " + PROMPT, call.heard());
    assertEquals(List.of("NO_INPUT:1"), call.events());

    call.silence();
    assertEquals(2, call.state().noInputs());
    assertEquals("main", call.at());

    call.silence();
    assertEquals("I didn't hear you. | Please hold for an agent.", call.heard());
    assertEquals(
        List.of("NO_INPUT:3", "FALLBACK:no-input", "ENTERED", "ENDED:transferred"), call.events());
    assertEquals(
        new Ending(Outcome.TRANSFERRED, "agents", "Customer care", 120, 3), call.turn().ending());
    assertTrue(call.state().ended());
  }

  @Test
  void invalidDigitRepromptsThenOffersAgent() {
    TestCall call = TestCall.start(MENU).press("5");
    assertEquals("I didn't get that. | " + PROMPT, call.heard());
    assertEquals(List.of("NO_MATCH:1"), call.events());

    call.press("6").press("7");
    assertEquals(
        List.of("NO_MATCH:3", "FALLBACK:no-match", "ENTERED", "ENDED:transferred"), call.events());
    assertEquals("agent", call.at());
  }

  @Test
  void silencesAndWrongInputsAreCountedSeparately() {
    TestCall call = TestCall.start(MENU).silence().press("5").silence().say("weather");

    assertEquals(2, call.state().noInputs());
    assertEquals(2, call.state().noMatches());
    assertEquals("main", call.at());

    call.press("5");
    assertEquals("agent", call.at());
    assertEquals("FALLBACK:no-match", call.happenings().get(1));
  }

  @Test
  void enteringTheMenuAgainStartsTheCountersAgain() {
    TestCall call = TestCall.start(MENU).silence().press("5").press("9");

    assertEquals("main", call.at());
    assertEquals(0, call.state().noInputs());
    assertEquals(0, call.state().noMatches());
    assertEquals(PROMPT, call.heard());
  }

  @Test
  void nodeSettingsOverrideTheDefaultsAndNameTheFallback() {
    TestCall call =
        TestCall.start(
            """
                id: t
                queues: { agents: { label: Care } }
                nodes:
                  main:
                    type: menu
                    prompt: "Press 1."
                    retries: 1
                    timeout: 8
                    noInput: "Are you there?"
                    noMatch: "Only 1 works here."
                    fallback: goodbye
                    options:
                      - { digit: 1, say: [one thing], goto: goodbye }
                  goodbye: { type: hangup, prompt: "Goodbye.", outcome: hung-up }
                  agent: { type: transfer, queue: agents }
                """);
    assertEquals(8, call.turn().awaiting().timeoutSeconds());

    call.press("2");
    assertEquals("Only 1 works here. | Press 1.", call.heard());

    call.silence();
    assertEquals("Are you there? | Press 1.", call.heard());

    call.silence();
    assertEquals("Are you there? | Goodbye.", call.heard());
    assertEquals(Ending.of(Outcome.HUNG_UP), call.turn().ending());
  }

  @Test
  void withoutAnAgentEscapeTheLineHangsUpAfterTheLimit() {
    TestCall call =
        TestCall.start(
                """
                id: t
                escapes:
                  agent: false
                nodes:
                  main:
                    type: menu
                    prompt: "Press 1."
                    retries: 0
                    noInput: "Nothing heard."
                    options:
                      - { digit: 1, say: [one thing], goto: goodbye }
                  goodbye: { type: hangup, prompt: "Goodbye." }
                """)
            .silence();

    assertEquals("Nothing heard.", call.heard());
    assertEquals(Ending.of(Outcome.HUNG_UP), call.turn().ending());
    assertEquals(List.of("NO_INPUT:1", "FALLBACK:no-input", "ENDED:hung-up"), call.events());
    assertEquals("main", call.at());
  }
}
