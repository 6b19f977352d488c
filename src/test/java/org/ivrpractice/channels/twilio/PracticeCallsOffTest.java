package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Practice calls are off unless turned on (the test profile's settings leave them off): the
 * endpoint is not there for anybody, signed in or not.
 */
@QuarkusTest
class PracticeCallsOffTest {

  @Test
  void aPracticeCallIsA404ProblemNamingTheSwitch() {
    given()
        .contentType("application/json")
        .body("{\"to\": \"+14155550100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", containsString("ivr.practice-calls.enabled"));
  }

  @Test
  void credentialsDoNotTurnThemOn() {
    given()
        .auth()
        .preemptive()
        .basic("anyone", "anything")
        .contentType("application/json")
        .body("{\"to\": \"+14155550100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
