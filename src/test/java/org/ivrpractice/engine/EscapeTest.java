package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapeTest {

  private static final String FLOW =
      """
      id: t
      queues:
        agents: { label: Customer care, wait: 120 }
      defaults:
        noMatch: "I didn't get that."
      nodes:
        main:
          type: menu
          prompt: "Press 1 for the quiet menu, 2 for the picky menu."
          options:
            - { digit: 1, say: [quiet], goto: quiet }
            - { digit: 2, say: [picky], goto: picky }
        quiet:
          type: menu
          prompt: "No escapes here. Press 1."
          escapes: false
          options:
            - { digit: 1, say: [done], goto: done }
        picky:
          type: menu
          prompt: "Only repeat works here. Press 1."
          escapes: [repeat]
          options:
            - { digit: 1, say: [done], goto: done }
        done: { type: hangup, prompt: "Done." }
        agent: { type: transfer, queue: agents, prompt: "Please hold." }
      """;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "agent",
        "Representative!",
        "um, I want to talk to an agent",
        "customer service please",
        "I'd like to speak with an operator",
        "zero"
      })
  void askingForAnAgentReachesTheAgentNode(String words) {
    TestCall call = TestCall.start(FLOW).say(words);

    assertEquals("agent", call.at());
    assertEquals(List.of("ESCAPE:agent", "ENTERED", "ENDED:transferred"), call.events());
    assertEquals(Outcome.TRANSFERRED, call.turn().ending().outcome());
  }

  @Test
  void zeroReachesTheAgentNode() {
    TestCall call = TestCall.start(FLOW).press("0");

    assertEquals("Please hold.", call.heard());
    assertEquals("agents", call.turn().ending().queue());
  }

  @Test
  void starRepeatsThePromptWithoutCounting() {
    TestCall call = TestCall.start(FLOW).press("7").press("*");

    assertEquals("Press 1 for the quiet menu, 2 for the picky menu.", call.heard());
    assertEquals(List.of("ESCAPE:repeat"), call.events());
    assertEquals(1, call.state().noMatches());
    assertEquals("main", call.at());
  }

  @Test
  void sayingRepeatRepeatsThePrompt() {
    TestCall call = TestCall.start(FLOW).say("Could you say that again?");

    assertEquals("Press 1 for the quiet menu, 2 for the picky menu.", call.heard());
    assertEquals(List.of("ESCAPE:repeat"), call.events());
  }

  @Test
  void escapesFalseTurnsEveryEscapeOff() {
    TestCall call = TestCall.start(FLOW).press("1");
    assertEquals(List.of(), call.turn().awaiting().escapes());

    call.press("0");
    assertEquals("I didn't get that. | No escapes here. Press 1.", call.heard());
    call.say("agent").press("*");
    assertEquals(
        List.of("NO_MATCH:3", "FALLBACK:no-match", "ENTERED", "ENDED:transferred"), call.events());
  }

  @Test
  void escapesListKeepsOnlyTheEscapesNamed() {
    TestCall call = TestCall.start(FLOW).press("2");
    assertEquals(
        List.of("repeat"), call.turn().awaiting().escapes().stream().map(Choice::label).toList());

    call.press("0");
    assertEquals(List.of("NO_MATCH:1"), call.events());

    call.press("*");
    assertEquals(List.of("ESCAPE:repeat"), call.events());
    assertEquals("Only repeat works here. Press 1.", call.heard());
  }

  @Test
  void aFlowCanRedefineItsEscapes() {
    Flow flow =
        TestCall.flow(
            """
            id: t
            queues: { agents: { label: Care } }
            escapes:
              agent: { digit: "#", say: [human], goto: human }
              repeat: { digit: "*", say: [repeat] }
            nodes:
              main:
                type: menu
                prompt: "Press 1."
                options:
                  - { digit: 1, say: [one thing], goto: human }
              human: { type: transfer, queue: agents, prompt: "A human, then." }
            """);

    assertEquals("A human, then.", TestCall.start(flow).press("#").heard());
    assertEquals("human", TestCall.start(flow).say("a human please").at());
    assertEquals(List.of("NO_MATCH:1"), TestCall.start(flow).say("agent").events());
  }
}
