package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The benchmarks' fixed-document endpoint does not exist outside the benchmark run. */
@QuarkusTest
class TwimlLimitResourceTest {

  @Test
  void theFixedDocumentIsNotServedUnlessTheBenchmarkTurnsItOn() {
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("CallSid", "CAlimit1")
        .post("/bench/twiml")
        .then()
        .statusCode(404);
  }
}
