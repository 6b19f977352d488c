package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** With the benchmark's switch on, the endpoint answers any form with a call's first turn. */
@QuarkusTest
@TestProfile(TwimlLimitOnProfile.class)
class TwimlLimitOnTest {

  @TestHTTPResource("/")
  URI server;

  @Test
  void theFixedDocumentIsTheFirstTurnOfTheDefaultLine() {
    String firstTurn =
        Webhook.to(server, TwilioRoutes.voice())
            .param("CallSid", "CAlimit2")
            .post()
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String fixed =
        given()
            .contentType("application/x-www-form-urlencoded")
            .formParam("CallSid", "CAlimit3")
            .post("/bench/twiml")
            .then()
            .statusCode(200)
            .contentType("text/xml")
            .extract()
            .asString();
    assertEquals(firstTurn, fixed);
  }
}
