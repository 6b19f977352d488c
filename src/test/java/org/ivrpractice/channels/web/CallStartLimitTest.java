package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One client may start {@code ivr.limits.calls-per-minute} browser calls in a burst, then 429 with
 * {@code Retry-After}; another client is not affected. The server is behind a proxy here, which
 * names the client in {@code X-Forwarded-For} ({@code quarkus.http.proxy.*}).
 */
@QuarkusTest
@TestProfile(CallStartLimitTest.BehindAProxy.class)
class CallStartLimitTest {

  /** The default limit (30 a minute), and the client's address from the proxy's header. */
  public static final class BehindAProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "ivr.limits.calls-per-minute", "30",
          "quarkus.http.proxy.proxy-address-forwarding", "true",
          "quarkus.http.proxy.allow-x-forwarded", "true");
    }
  }

  private static Response start(String client) {
    return given()
        .header("X-Forwarded-For", client)
        .contentType(ContentType.JSON)
        .body("{\"flow\": \"hello\"}")
        .post("/api/calls");
  }

  @Test
  void twoHundredStartsFromOneAddressAreRefusedPastTheLimitAndOthersStillCall() {
    long began = System.nanoTime();
    int started = 0;
    Response refused = null;
    for (int i = 0; i < 200; i++) {
      Response answer = start("203.0.113.7");
      if (answer.statusCode() == 201) {
        started++;
      } else {
        assertEquals(429, answer.statusCode(), answer.asString());
        refused = answer;
      }
    }
    long seconds = (System.nanoTime() - began) / 1_000_000_000L;
    // the burst, and the token every 2 s that refills meanwhile
    assertTrue(started >= 30 && started <= 30 + seconds / 2 + 1, started + " in " + seconds + " s");
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertTrue(
        refused.jsonPath().getString("detail").contains("at most 30 a minute"), refused.asString());
    int retryAfter = Integer.parseInt(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "one call every 2 s: " + retryAfter);

    assertEquals(201, start("198.51.100.9").statusCode(), "another address is not affected");
  }
}
