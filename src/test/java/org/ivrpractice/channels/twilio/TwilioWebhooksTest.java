package org.ivrpractice.channels.twilio;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.SessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhooks over HTTP, signed by the test as Twilio signs: every endpoint and failure. */
@QuarkusTest
class TwilioWebhooksTest {

  private static final String TEXT_XML = "text/xml";

  @TestHTTPResource("/")
  URI server;

  @Inject SessionStore sessions;
  @Inject TwilioCalls calls;

  private static String newCallSid() {
    return "CA" + UUID.randomUUID().toString().replace("-", "");
  }

  private Webhook call(String link, String callSid) {
    return Webhook.to(server, link).param("CallSid", callSid).param("From", "+15555550123");
  }

  // --- Signatures ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/twilio/voice",
        "/twilio/voice/hello",
        "/twilio/voice/hello/input?node=main",
        "/twilio/voice/hello/dial-result?locale=en-US",
        "/twilio/voice/hello/queue-wait?queue=agents&locale=en-US",
        "/twilio/voice/hello/queue-result?locale=en-US",
        "/twilio/status",
        "/twilio/fallback"
      })
  void everyWebhookRefusesARequestWithoutSignature(String link) {
    call(link, newCallSid()).unsigned().post().then().statusCode(403);
  }

  @Test
  void aForgedSignatureIsRefused() {
    call(TwilioRoutes.voice(), newCallSid())
        .signature("dGhpcyBpcyBub3QgYSBzaWduYXR1cmU=")
        .post()
        .then()
        .statusCode(403)
        .body(not(containsString("test-auth-token")));
  }

  @Test
  void aSignatureForAnotherUrlIsRefused() {
    call(TwilioRoutes.voice("hello"), newCallSid())
        .signedFor(Webhook.base(server) + TwilioRoutes.voice("card-services"))
        .post()
        .then()
        .statusCode(403);
  }

  @Test
  void aSignatureOverOtherParametersIsRefused() {
    String sid = newCallSid();
    String signature =
        new TwilioSigner(TwilioSigner.TEST_TOKEN)
            .sign(
                Webhook.base(server) + TwilioRoutes.voice(), Map.of("CallSid", sid, "Digits", "1"));
    call(TwilioRoutes.voice(), sid).signature(signature).post().then().statusCode(403);
  }

  @Test
  void aGenuineSignatureIsAcceptedWithThePort() {
    call(TwilioRoutes.voice("hello"), newCallSid())
        .post()
        .then()
        .statusCode(200)
        .contentType(startsWith(TEXT_XML));
  }

  @Test
  void aGenuineSignatureIsAcceptedWithoutThePort() {
    String withoutPort = "http://" + server.getHost() + TwilioRoutes.voice("hello");
    call(TwilioRoutes.voice("hello"), newCallSid())
        .signedFor(withoutPort)
        .post()
        .then()
        .statusCode(200);
  }

  // --- Calls -------------------------------------------------------------------------------------

  @Test
  void theVoiceWebhookAnswersWithTheDefaultFlowsOpeningInAGather() {
    call(TwilioRoutes.voice(), newCallSid())
        .post()
        .then()
        .statusCode(200)
        .contentType(startsWith(TEXT_XML))
        .body(startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Gather"))
        .body(containsString("card services practice line"))
        .body(containsString("action=\"/twilio/voice/card-services/input?node=language\""));
  }

  @Test
  void aCallCanStartInAnotherLocale() {
    call(TwilioRoutes.voice("card-services", "es-US", 7L), newCallSid())
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Bienvenido"))
        .body(containsString("language=\"es-US\""));
  }

  @Test
  void anUnknownFlowApologisesAndEndsTheCall() {
    call(TwilioRoutes.voice("no-such-line"), newCallSid())
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Sorry, this line is not available."))
        .body(containsString("<Hangup/>"));
  }

  @Test
  void inputOfAnUnknownCallApologisesAndStartsAgain() {
    call(TwilioRoutes.input("hello", "main"), newCallSid())
        .param("Digits", "1")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Sorry, we lost track of your call."))
        .body(containsString("Welcome to the hello practice line"))
        .body(containsString("<Gather"));
  }

  @Test
  void aPressedKeyMovesTheCallOn() {
    String sid = newCallSid();
    call(TwilioRoutes.voice("hello"), sid).post().then().statusCode(200);
    call(TwilioRoutes.input("hello", "main"), sid)
        .param("Digits", "1")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("We are open every day"))
        .body(containsString("<Hangup/>"));
    assertEquals("self-served", calls.outcomes().find(sid).orElseThrow().outcome());
    assertTrue(stored(sid).isEmpty(), "an ended call keeps no session");
  }

  @Test
  void theStatusCallbackClosesAnUnfinishedCallAsAbandoned() {
    String sid = newCallSid();
    call(TwilioRoutes.voice("hello"), sid).post().then().statusCode(200);
    assertTrue(stored(sid).isPresent());
    call(TwilioRoutes.status(), sid)
        .param("CallStatus", "completed")
        .param("CallDuration", "17")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("<Response/>"));
    assertTrue(stored(sid).isEmpty());
    CallOutcome outcome = calls.outcomes().find(sid).orElseThrow();
    assertEquals("abandoned", outcome.outcome());
    assertEquals("completed", outcome.callStatus());
    assertEquals(17, outcome.durationSeconds());
  }

  @Test
  void aStatusThatIsNotFinalLeavesTheCallAlone() {
    String sid = newCallSid();
    call(TwilioRoutes.voice("hello"), sid).post();
    call(TwilioRoutes.status(), sid)
        .param("CallStatus", "in-progress")
        .post()
        .then()
        .statusCode(200);
    assertTrue(stored(sid).isPresent());
  }

  @Test
  void theFallbackApologisesAndSaysGoodbyeWhenThereIsNoFallbackNumber() {
    call(TwilioRoutes.fallback(), newCallSid())
        .param("ErrorCode", "11200")
        .post()
        .then()
        .statusCode(200)
        .contentType(startsWith(TEXT_XML))
        .body(containsString("Sorry, this line is having a problem right now."))
        .body(containsString("Please call again later. Goodbye."))
        .body(containsString("<Hangup/>"));
  }

  @Test
  void aDialThatWasNotAnsweredReturnsTheCallerToTheStart() {
    String sid = newCallSid();
    call(TwilioRoutes.dialResult("hello", "en-US"), sid)
        .param("DialCallStatus", "no-answer")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Sorry, no one could take your call. Let's go back to the start."))
        .body(containsString("Welcome to the hello practice line"))
        .body(containsString("<Gather"));
    assertTrue(stored(sid).isPresent(), "the call runs again");
  }

  @Test
  void aDialThatWasAnsweredEndsWithTheAgentsCall() {
    call(TwilioRoutes.dialResult("hello", "en-US"), newCallSid())
        .param("DialCallStatus", "completed")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("<Response><Hangup/></Response>"));
  }

  @Test
  void aQueueWaitAnnouncesThePositionAndTheWait() {
    call(TwilioRoutes.queueWait("card-services", "agents", "en-US"), newCallSid())
        .param("QueuePosition", "4")
        .param("AvgQueueTime", "0")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("You are number 4 in the queue; the estimated wait is 5 minutes."))
        .body(containsString("<Pause length=\"20\"/>"));
  }

  @Test
  void aCallerWhoLeftAFullQueueReturnsToTheStartAndOneWhoWasServedIsDone() {
    call(TwilioRoutes.queueResult("hello", "en-US"), newCallSid())
        .param("QueueResult", "queue-full")
        .post()
        .then()
        .statusCode(200)
        .body(containsString("no one could take your call"));
    call(TwilioRoutes.queueResult("hello", "en-US"), newCallSid())
        .param("QueueResult", "bridged")
        .post()
        .then()
        .body(containsString("<Hangup/>"));
  }

  // --- Failures ---------------------------------------------------------------------------------

  @Test
  void aRequestWithoutCallSidIsABadRequest() {
    Webhook.to(server, TwilioRoutes.voice()).post().then().statusCode(400);
    Webhook.to(server, TwilioRoutes.voice())
        .param("CallSid", "not a call sid!")
        .post()
        .then()
        .statusCode(400);
  }

  @Test
  void anErrorWhileHandlingACallBecomesAnApologyNotA500() {
    String sid = newCallSid();
    CallState broken =
        new CallState(
            "hello",
            "hello",
            "no-such-node",
            List.of(),
            "en-US",
            0,
            0,
            Map.of(),
            Map.of(),
            1L,
            0,
            false);
    sessions
        .put(sid, CallRecord.twilio(null, broken, false), SessionStore.ANY)
        .toCompletableFuture()
        .join();
    call(TwilioRoutes.input("hello", "no-such-node"), sid)
        .param("Digits", "1")
        .post()
        .then()
        .statusCode(200)
        .contentType(startsWith(TEXT_XML))
        .body(containsString("Sorry, this line is having a problem right now."))
        .body(containsString("<Hangup/>"));
    assertEquals("error", calls.outcomes().find(sid).orElseThrow().outcome());
    assertTrue(stored(sid).isEmpty());
  }

  /**
   * 10,000 characters: past ivr.limits.speech-chars, within the body's bound (OversizeWebhookTest).
   */
  @Test
  void aHugeUtteranceIsHeardAsNoMatchNotAnError() {
    String sid = newCallSid();
    call(TwilioRoutes.voice("hello"), sid).post();
    call(TwilioRoutes.input("hello", "main"), sid)
        .param("SpeechResult", "blah ".repeat(2_000))
        .post()
        .then()
        .statusCode(200)
        .body(containsString("<Gather"));
  }

  @Test
  void aWrongContentTypeIsRefusedWithA4xx() {
    io.restassured.RestAssured.given()
        .contentType("application/json")
        .body("{\"CallSid\": \"CA1\"}")
        .post(Webhook.base(server) + TwilioRoutes.voice())
        .then()
        .statusCode(415);
  }

  private java.util.Optional<?> stored(String sid) {
    return sessions.get(sid).toCompletableFuture().join();
  }
}
