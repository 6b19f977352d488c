package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Outcome;
import org.junit.jupiter.api.Test;

class CallTest {

  private static final Flow FLOW =
      TestCall.flow(
          """
          id: t
          locales: [en-US, es-US]
          queues:
            agents:
              label: { en-US: Customer care, es-US: Atención al cliente }
              wait: 300
              position: 4
          nodes:
            welcome:
              type: say
              prompt: { en-US: "Welcome.", es-US: "Bienvenido." }
              next: note
            note:
              type: say
              prompt: { en-US: "Practice line{extra}.", es-US: "Línea de práctica." }
              next: main
            main:
              type: menu
              prompt: { en-US: "Press 1 to leave, 2 to give up.", es-US: "Marque 1 o 2." }
              options:
                - { digit: 1, say: [leave], set: { extra: " again" }, goto: goodbye }
                - { digit: 2, say: [give up], goto: give-up }
                - { digit: 3, say: [back], set: { extra: " again" }, goto: welcome }
            goodbye: { type: hangup, prompt: { en-US: "Goodbye.", es-US: "Adiós." } }
            give-up: { type: hangup, outcome: hung-up }
            agent:
              type: transfer
              queue: agents
              prompt: { en-US: "Please hold.", es-US: "Espere, por favor." }
          """);

  @Test
  void startRunsEveryNodeUpToTheFirstInput() {
    TestCall call = TestCall.start(FLOW);

    assertEquals("Welcome. | Practice line. | Press 1 to leave, 2 to give up.", call.heard());
    assertEquals(List.of("ENTERED", "ENTERED", "ENTERED"), call.events());
    assertEquals(
        List.of("welcome", "note", "main"),
        call.turn().events().stream().map(Event::nodeId).toList());
    assertEquals("main", call.at());
    assertEquals(
        new CallState("t", "t", "main", List.of(), "en-US", 0, 0, Map.of(), Map.of(), 7L, 0, false),
        call.state());
  }

  @Test
  void variablesSetByAnOptionFillLaterPrompts() {
    TestCall call = TestCall.start(FLOW).press("3");

    assertEquals("Welcome. | Practice line again. | Press 1 to leave, 2 to give up.", call.heard());
  }

  @Test
  void transferEndsTheCallWithTheQueueInTheCallersLanguage() {
    TestCall call = TestCall.start(FLOW, "es-US", 1).press("0");

    assertEquals("Espere, por favor.", call.heard());
    assertEquals(
        new Ending(Outcome.TRANSFERRED, "agents", "Atención al cliente", 300, 4),
        call.turn().ending());
    assertNull(call.turn().awaiting());
    assertTrue(call.state().ended());
    assertEquals("agent", call.at());
  }

  @Test
  void hangupEndsSelfServedByDefault() {
    TestCall call = TestCall.start(FLOW).press("1");

    assertEquals("Goodbye.", call.heard());
    assertEquals(Ending.of(Outcome.SELF_SERVED), call.turn().ending());
    assertEquals(List.of("OPTION:1", "ENDED:self-served"), call.happenings());
  }

  @Test
  void hangupCanEndHungUpWithoutAPrompt() {
    TestCall call = TestCall.start(FLOW).press("2");

    assertEquals(List.of(), call.turn().prompts());
    assertEquals(Ending.of(Outcome.HUNG_UP), call.turn().ending());
  }

  @Test
  void callerHangingUpAtAMenuAbandonsTheCall() {
    TestCall call = TestCall.start(FLOW).hangUp();

    assertEquals(Ending.of(Outcome.ABANDONED), call.turn().ending());
    assertEquals(List.of(), call.turn().prompts());
    assertEquals("main", call.at());
    assertTrue(call.state().ended());
  }

  @Test
  void steppingAnEndedCallIsRefused() {
    TestCall call = TestCall.start(FLOW).press("1");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> call.press("1"));
    assertEquals("the call has ended", e.getMessage());
  }

  @Test
  void startingInALanguageTheFlowDoesNotSpeakIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TestCall.start(FLOW, "fr-FR", 1));
    assertTrue(e.getMessage().contains("fr-FR"), e.getMessage());
  }

  @Test
  void aFlowThatLoopsWithoutWaitingIsStopped() {
    // The validator refuses such a flow, so this one is a loaded flow rewired by hand.
    Node.Say note = (Node.Say) FLOW.node("note");
    Map<String, Node> nodes = new LinkedHashMap<>(FLOW.nodes());
    nodes.put("note", new Node.Say(note.id(), note.position(), note.prompt(), "welcome"));
    Flow looping =
        new Flow(
            FLOW.id(),
            FLOW.name(),
            FLOW.description(),
            FLOW.locales(),
            FLOW.start(),
            nodes,
            FLOW.queues(),
            FLOW.escapes(),
            FLOW.exits(),
            FLOW.data(),
            FLOW.subflows(),
            FLOW.source());

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> TestCall.start(looping));
    assertEquals("flow t loops at note without waiting for input", e.getMessage());
  }

  @Test
  void callStateSurvivesAJsonRoundTrip() throws Exception {
    CallState state = TestCall.start(FLOW, "es-US", -5).press("3").press("9").state();
    ObjectMapper json = new ObjectMapper();

    CallState back = json.readValue(json.writeValueAsString(state), CallState.class);

    assertEquals(state, back);
  }

  @Test
  void subflowAndSensitiveStateSurvivesAJsonRoundTrip() throws Exception {
    CallState state =
        new CallState(
            "t",
            "pin",
            "ask",
            List.of(new CallState.Frame("t", "verify")),
            "en-US",
            1,
            2,
            Map.of("card", "•••••••••••0005", "account.holder", "María González"),
            Map.of("card", "ab12"),
            99L,
            3,
            false);
    ObjectMapper json = new ObjectMapper();

    assertEquals(state, json.readValue(json.writeValueAsString(state), CallState.class));
  }
}
