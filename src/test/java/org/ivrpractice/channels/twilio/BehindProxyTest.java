package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy: Twilio signs the public https URL while the server sees plain http on its own
 * port; and outbound practice calls, against a local stub of Twilio's REST API.
 */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class BehindProxyTest {

  private static final String PUBLIC = BehindProxyProfile.PUBLIC_URL;

  @TestHTTPResource("/")
  URI server;

  private static RequestSpecification operator() {
    return given()
        .auth()
        .preemptive()
        .basic(BehindProxyProfile.OPERATOR, BehindProxyProfile.PASSWORD)
        .contentType("application/json");
  }

  @BeforeEach
  void forgetStubRequests() {
    TwilioApiStub.RECEIVED.clear();
  }

  @Test
  void aSignatureOfThePublicUrlIsAcceptedWithAndWithoutItsPort() {
    for (String signed :
        new String[] {PUBLIC + "/twilio/voice/hello", PUBLIC + ":443/twilio/voice/hello"}) {
      Webhook.to(server, TwilioRoutes.voice("hello"))
          .param("CallSid", "CAproxy1")
          .signedFor(signed)
          .post()
          .then()
          .statusCode(200)
          .body(containsString("<Gather"));
    }
  }

  @Test
  void aSignatureOfTheInternalUrlIsRefusedBehindTheProxy() {
    Webhook.to(server, TwilioRoutes.voice("hello"))
        .param("CallSid", "CAproxy2")
        .post()
        .then()
        .statusCode(403);
  }

  @Test
  void aWholeCallWorksThroughTheProxy() {
    TwilioCallClient client =
        new TwilioCallClient(Webhook.base(server), PUBLIC, TwilioSigner.TEST_TOKEN);
    TwilioCallClient.Turn first = client.call(TwilioRoutes.voice("hello"));
    assertEquals(PUBLIC + "/twilio/voice/hello/input?node=main", first.gatherAction());
    TwilioCallClient.Turn last = client.press("2");
    assertEquals(true, last.ended());
  }

  @Test
  void aPracticeCallAsksTwilioToRingThePhoneWithThisServersWebhooks() {
    operator()
        .body("{\"to\": \"+1 (415) 555-0100\", \"flow\": \"hello\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(202)
        .body("callSid", equalTo("CAstub0000000000000000000000000001"))
        .body("status", equalTo("queued"))
        .body("flow", equalTo("hello"))
        .body("to", equalTo("+14155550100"));
    assertEquals(1, TwilioApiStub.RECEIVED.size());
    TwilioApiStub.Received request = TwilioApiStub.RECEIVED.get(0);
    assertEquals("POST", request.method());
    assertEquals(
        "/2010-04-01/Accounts/AC00000000000000000000000000000000/Calls.json", request.path());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("AC00000000000000000000000000000000:" + TwilioSigner.TEST_TOKEN)
                        .getBytes(StandardCharsets.UTF_8)),
        request.authorization());
    assertEquals("+14155550100", request.form().get("To"));
    assertEquals("+15555550100", request.form().get("From"));
    assertEquals(PUBLIC + "/twilio/voice/hello", request.form().get("Url"));
    assertEquals(PUBLIC + "/twilio/status", request.form().get("StatusCallback"));
    assertEquals(PUBLIC + "/twilio/fallback", request.form().get("FallbackUrl"));
  }

  @Test
  void aPracticeCallWithoutFlowUsesTheDefaultFlow() {
    operator()
        .body("{\"to\": \"+14155550100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(202)
        .body("flow", equalTo("card-services"));
  }

  @Test
  void aBadNumberIsRefusedBeforeTwilioIsAsked() {
    operator()
        .body("{\"to\": \"555-0100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("E.164"));
    assertEquals(0, TwilioApiStub.RECEIVED.size());
  }

  @Test
  void anUnknownFlowIsRefused() {
    operator()
        .body("{\"to\": \"+14155550100\", \"flow\": \"nope\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("There is no flow 'nope'"));
  }

  @Test
  void aNumberTwilioRefusesIsA502WithTwiliosReason() {
    operator()
        .body("{\"to\": \"" + TwilioApiStub.REFUSED_NUMBER + "\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", containsString("cannot be reached"))
        .body("detail", containsString("21214"));
  }

  @Test
  void aBodyThatIsNotJsonIsA400Problem() {
    operator()
        .body("{to: nope")
        .post("/api/practice-calls")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
