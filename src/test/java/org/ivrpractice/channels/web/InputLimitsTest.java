package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * What the JSON API takes of one request: speech up to {@code ivr.limits.speech-chars} (200), keys
 * up to {@code ivr.limits.digits} (64), bodies up to {@code ivr.limits.body-bytes} (64 KB); past
 * them a problem that says the bound.
 */
@QuarkusTest
class InputLimitsTest {

  @Test
  void tenThousandCharactersOfSpeechAreA400ProblemNamingTheBound() {
    String id = BrowserApi.start("{\"flow\": \"hello\"}");
    BrowserApi.send(id, "{\"speech\": \"" + "joke ".repeat(2_000) + "\"}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("1 to 200 characters, not 10000"));
    BrowserApi.send(id, "{\"speech\": \"" + "a".repeat(200) + "\"}").statusCode(200);
  }

  @Test
  void moreKeysThanTheBoundAreA400Problem() {
    String id = BrowserApi.start("{\"flow\": \"hello\"}");
    BrowserApi.send(id, "{\"digits\": \"" + "1".repeat(65) + "\"}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("1 to 64 of them"));
  }

  @Test
  void aBodyOverTheBoundIsA413ProblemBeforeItIsRead() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"flow\": \"hello\", \"x\": \"" + "x".repeat(70_000) + "\"}")
        .post("/api/calls")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413))
        .body("detail", containsString("at most 65536 (ivr.limits.body-bytes)"));
  }
}
