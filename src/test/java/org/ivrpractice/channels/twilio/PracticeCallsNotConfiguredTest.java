package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With the test profile's settings (no account, number or public URL), outbound calls refuse. */
@QuarkusTest
class PracticeCallsNotConfiguredTest {

  @Test
  void aPracticeCallNamesEveryMissingSetting() {
    given()
        .contentType("application/json")
        .body("{\"to\": \"+14155550100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body(
            "detail",
            allOf(
                containsString("ivr.twilio.account-sid (IVR_TWILIO_ACCOUNT_SID)"),
                containsString("ivr.twilio.from-number (IVR_TWILIO_FROM_NUMBER)"),
                containsString("ivr.twilio.public-url (IVR_TWILIO_PUBLIC_URL)"),
                not(containsString("ivr.twilio.auth-token"))));
  }

  @Test
  void aMissingBodyIsA400Problem() {
    given()
        .contentType("application/json")
        .post("/api/practice-calls")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
