package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer carries the policy that lets pages load only the site's own scripts and styles,
 * never be framed, and send no referrer: pages, static files, the API, the webhooks, problems.
 */
@QuarkusTest
class SecurityHeadersTest {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; media-src 'self' blob: data:; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'";

  private static void carriesTheHeaders(ValidatableResponse answer) {
    answer
        .header("Content-Security-Policy", equalTo(POLICY))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("X-Frame-Options", equalTo("DENY"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/simulator/hello",
        "/simulator/card-services?mission=report-stolen",
        "/flows/card-services",
        "/app/style.css",
        "/app/phone.js",
        "/vendor/elkjs/elk.bundled.js",
        "/favicon.svg",
        "/no-such-page",
        "/simulator/no-such-line",
        "/api/flows",
        "/api/flows/hello/diagram",
        "/api/no-such-thing",
        "/q/health"
      })
  void everyGetAnswerCarriesThem(String path) {
    carriesTheHeaders(given().get(path).then());
  }

  @Test
  void problemsAndRefusalsCarryThemToo() {
    carriesTheHeaders(
        given()
            .contentType("application/json")
            .body("{}")
            .post("/api/calls")
            .then()
            .statusCode(400));
    carriesTheHeaders(
        given()
            .contentType("application/json")
            .body("{\"flow\": \"" + "x".repeat(70_000) + "\"}")
            .post("/api/calls")
            .then()
            .statusCode(413));
    carriesTheHeaders(
        given()
            .contentType("application/x-www-form-urlencoded")
            .body("CallSid=CA1")
            .post("/twilio/voice")
            .then()
            .statusCode(403));
    carriesTheHeaders(
        given()
            .contentType("application/json")
            .body("{}")
            .post("/api/practice-calls")
            .then()
            .statusCode(404)
            .body(containsString("practice")));
  }

  @Test
  void aPageKeepsOnlyThePolicyWithItsOwnStyleNonce() {
    String withNonce = SecurityHeaders.policyWithStyleNonce("a".repeat(22));
    assertEquals(withNonce, policyAfterSet(withNonce));
    assertEquals(POLICY, policyAfterSet(SecurityHeaders.policyWithStyleNonce("short")));
    assertEquals(POLICY, policyAfterSet(withNonce + "; script-src *"));
    assertEquals(POLICY, policyAfterSet("default-src *"));
  }

  private static String policyAfterSet(String policy) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().set("Content-Security-Policy", policy);
    SecurityHeaders.set(headers);
    return headers.get("Content-Security-Policy");
  }
}
