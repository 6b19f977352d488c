package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Twilio's webhooks bound what they take as the JSON API does, but answer as a webhook must: always
 * TwiML. Speech or keys past the bounds are an input that matches nothing (the caller hears the
 * no-match prompt, not a match found in a part of it); a body past the bound is the apology.
 */
@QuarkusTest
class OversizeWebhookTest {

  @TestHTTPResource("/")
  URI server;

  @Test
  void tenThousandCharactersOfSpeechAreANoMatchInValidTwiml() {
    Webhook.to(server, TwilioRoutes.voice("hello")).param("CallSid", "CAhuge1").post();
    String twiml =
        Webhook.to(server, TwilioRoutes.input("hello", "main"))
            .param("CallSid", "CAhuge1")
            .param("SpeechResult", "joke ".repeat(2_000))
            .post()
            .then()
            .statusCode(200)
            .contentType(containsString("xml"))
            .body(containsString("Sorry, I didn't understand that."))
            .body(not(containsString("lost its contacts")))
            .extract()
            .asString();
    assertEquals("Response", TwilioHttp.parse(twiml).getDocumentElement().getTagName());
  }

  @Test
  void moreKeysThanTheBoundAreANoMatch() {
    Webhook.to(server, TwilioRoutes.voice("hello")).param("CallSid", "CAhuge2").post();
    Webhook.to(server, TwilioRoutes.input("hello", "main"))
        .param("CallSid", "CAhuge2")
        .param("Digits", "2".repeat(65))
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Sorry, I didn't understand that."));
  }

  @Test
  void aBodyOverTheBoundIsAnsweredWithTheApologyInTwiml() {
    String twiml =
        given()
            .contentType("application/x-www-form-urlencoded")
            .body("CallSid=CAhuge3&SpeechResult=" + "a".repeat(70_000))
            .post(Webhook.base(server) + TwilioRoutes.input("hello", "main"))
            .then()
            .statusCode(200)
            .body(containsString("Sorry, this line is having a problem right now."))
            .extract()
            .asString();
    assertEquals("Response", TwilioHttp.parse(twiml).getDocumentElement().getTagName());
  }
}
