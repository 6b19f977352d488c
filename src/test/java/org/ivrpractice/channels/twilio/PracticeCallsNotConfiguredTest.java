package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.ivrpractice.channels.web.OperatorUsers;
import org.junit.jupiter.api.Test;

/**
 * Practice calls on, an operator signed in, but no account, number or public URL: outbound calls
 * refuse, naming every missing setting.
 */
@QuarkusTest
@TestProfile(PracticeCallsNotConfiguredTest.OnWithoutAccount.class)
class PracticeCallsNotConfiguredTest {

  /** Practice calls turned on, and nothing of Twilio's account set. */
  public static final class OnWithoutAccount implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>();
      config.put("ivr.practice-calls.enabled", "true");
      config.put("ivr.practice-calls.allowed-prefixes", "+1415");
      config.putAll(OperatorUsers.of().user("ops", "ops-secret", "operator").settings());
      return config;
    }
  }

  private static RequestSpecification operator() {
    return given().auth().preemptive().basic("ops", "ops-secret").contentType("application/json");
  }

  @Test
  void aPracticeCallNamesEveryMissingSetting() {
    operator()
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
    operator()
        .post("/api/practice-calls")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
