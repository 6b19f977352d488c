package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store is bounded ({@code ivr.sessions.max}): past it a new browser call gets a 503
 * problem and a new Twilio call the apology, while the calls in progress go on.
 */
@QuarkusTest
@TestProfile(CallStoreBoundTest.ThreeCalls.class)
class CallStoreBoundTest {

  /** A store that keeps three live calls. */
  public static final class ThreeCalls implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("ivr.sessions.max", "3");
    }
  }

  @TestHTTPResource("/")
  URI server;

  private String start() {
    return given()
        .contentType("application/json")
        .body("{\"flow\": \"hello\"}")
        .post(server.resolve("/api/calls"))
        .then()
        .statusCode(201)
        .extract()
        .path("callId");
  }

  @Test
  void pastTheBoundNewCallsAreRefusedAndCallsInProgressGoOn() {
    List<String> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(start());
    }
    given()
        .contentType("application/json")
        .body("{\"flow\": \"hello\"}")
        .post(server.resolve("/api/calls"))
        .then()
        .statusCode(503)
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", "60")
        .body("detail", containsString("busy"));
    Webhook.to(server, TwilioRoutes.voice("hello"))
        .param("CallSid", "CA" + UUID.randomUUID().toString().replace("-", ""))
        .post()
        .then()
        .statusCode(200)
        .body(containsString("Sorry, this line is having a problem right now."));
    for (String id : calls) {
      given()
          .contentType("application/json")
          .body("{\"digits\": \"1\"}")
          .post(server.resolve("/api/calls/" + id + "/input"))
          .then()
          .statusCode(200)
          .body("state", containsString("ended"));
    }
    start(); // the calls that ended made room
  }
}
