package org.ivrpractice.channels.twilio;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transfers to queues with a number (Dial) or a Twilio queue (Enqueue), and the fallback number.
 */
@QuarkusTest
@TestProfile(RoutedQueuesProfile.class)
class RoutedQueuesTest {

  @TestHTTPResource("/")
  URI server;

  @Inject TwilioCalls calls;

  private TwilioCallClient client() {
    String base = Webhook.base(server);
    return new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
  }

  @Test
  void aTransferDialsTheQueuesNumberAndEndsWhenTheAgentsCallEnds() {
    TwilioCallClient client = client().dialOutcome("completed");
    client.call(TwilioRoutes.voice());
    TwilioCallClient.Turn turn = client.press("1");
    assertEquals(List.of("Calling the desk."), turn.heard());
    assertEquals("dial " + RoutedQueuesProfile.DESK_NUMBER, turn.handedTo());
    assertTrue(turn.ended());
    CallOutcome outcome = calls.outcomes().find(client.callSid()).orElseThrow();
    assertEquals("transferred", outcome.outcome());
    assertEquals("desk", outcome.queue());
    assertEquals("completed", outcome.callStatus());
  }

  @Test
  void anUnansweredDialApologisesAndReturnsTheCallerToTheStart() {
    TwilioCallClient client = client().dialOutcome("no-answer");
    client.call(TwilioRoutes.voice("routes", "es-US", null));
    TwilioCallClient.Turn turn = client.press("1");
    assertEquals(
        List.of(
            "Llamando a la recepción.",
            "Lo sentimos, nadie pudo atender su llamada. Volvamos al inicio.",
            "Para la recepción, marque 1. Para esperar en la fila, marque 2. Para practicar, marque 3."),
        turn.heard());
    assertFalse(turn.ended(), "the call goes on from the start");
    TwilioCallClient.Turn again = client.press("3");
    assertTrue(again.ended());
    assertTrue(
        again.heard().get(1).contains("Esta es una línea de práctica"), again.heard()::toString);
  }

  @Test
  void anEnqueuedCallerHearsTheirPositionAndWaitUntilAnAgentTakesTheCall() {
    TwilioCallClient client = client().queueOutcome("bridged");
    client.call(TwilioRoutes.voice());
    TwilioCallClient.Turn turn = client.press("2");
    assertEquals(
        List.of(
            "Please wait in line.",
            "You are number 2 in the queue; the estimated wait is 45 seconds."),
        turn.heard());
    assertEquals("enqueue line", turn.handedTo());
    assertTrue(turn.ended());
  }

  @Test
  void aQueueWithNoNumberIsStillASimulatedHold() {
    TwilioCallClient client = client();
    client.call(TwilioRoutes.voice());
    TwilioCallClient.Turn turn = client.press("3");
    assertEquals(2, turn.heard().size());
    assertTrue(turn.heard().get(1).contains("This is a practice line, so no agent will answer."));
    assertTrue(turn.ended());
    assertEquals(null, turn.handedTo());
  }

  @Test
  void theFallbackDialsTheFallbackNumber() {
    Webhook.to(server, TwilioRoutes.fallback())
        .param("CallSid", "CAfallback1")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Sorry, this line is having a problem right now."))
        .body(containsString("<Dial>" + RoutedQueuesProfile.FALLBACK_NUMBER + "</Dial>"));
  }
}
