package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ivrpractice.channels.web.OperatorUsers;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Practice calls ring phones on the operator's account: only a signed-in operator may ask, only
 * numbers in the allow-list are rung, and only so often per number and per user in an hour; every
 * call placed is logged with who asked, the number masked.
 */
@QuarkusTest
@TestProfile(PracticeCallsGuardTest.Guarded.class)
class PracticeCallsGuardTest {

  /** Practice calls on, two operators and a user without the role, a local Twilio stub. */
  public static final class Guarded implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>();
      config.putAll(
          Map.of(
              "ivr.practice-calls.enabled", "true",
              "ivr.practice-calls.allowed-prefixes", "+1415555,+1500555",
              "ivr.practice-calls.per-destination-per-hour", "2",
              "ivr.practice-calls.per-user-per-hour", "4",
              "ivr.twilio.public-url", "https://ivr.example.test",
              "ivr.twilio.account-sid", "AC00000000000000000000000000000000",
              "ivr.twilio.from-number", "+15555550100"));
      config.putAll(
          OperatorUsers.of()
              .user("ops", "ops-secret", "operator")
              .user("ops2", "ops2-secret", "operator,trainer")
              .user("trainee", "trainee-secret", "trainee")
              .settings());
      return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(TwilioApiStub.class));
    }
  }

  private static RequestSpecification as(String user, String password) {
    return given().auth().preemptive().basic(user, password).contentType("application/json");
  }

  @Test
  void withoutAUserItIsA401ProblemThatSaysHowToSignIn() {
    given()
        .contentType("application/json")
        .body("{\"to\": \"+14155550100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"))
        .body("status", equalTo(401))
        .body("detail", containsString("role 'operator'"));
  }

  @Test
  void aWrongPasswordIsA401Problem() {
    as("ops", "not-the-password")
        .body("{\"to\": \"+14155550100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aUserWithoutTheOperatorRoleIsA403Problem() {
    as("trainee", "trainee-secret")
        .body("{\"to\": \"+14155550100\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("trainee may not do this"));
  }

  @Test
  void aNumberOutsideTheAllowListIsRefusedWithTheReasonAndNeverReachesTwilio() {
    int before = TwilioApiStub.RECEIVED.size();
    as("ops", "ops-secret")
        .body("{\"to\": \"+442079460000\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("+1415555, +1500555"))
        .body("detail", containsString("ivr.practice-calls.allowed-prefixes"))
        .body("detail", not(containsString("2079460000")));
    assertEquals(before, TwilioApiStub.RECEIVED.size());
  }

  @Test
  void aNumberNotInE164IsA400() {
    as("ops", "ops-secret")
        .body("{\"to\": \"0014155550100x\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("E.164"));
  }

  @Test
  void aNumberRungTwiceThisHourIsA429WithRetryAfter() {
    for (int i = 0; i < 2; i++) {
      as("ops", "ops-secret")
          .body("{\"to\": \"+14155550111\", \"flow\": \"hello\"}")
          .post("/api/practice-calls")
          .then()
          .statusCode(202);
    }
    String retryAfter =
        as("ops", "ops-secret")
            .body("{\"to\": \"+14155550111\", \"flow\": \"hello\"}")
            .post("/api/practice-calls")
            .then()
            .statusCode(429)
            .contentType("application/problem+json")
            .body("detail", containsString("per-destination-per-hour"))
            .body("detail", containsString("+*******0111"))
            .extract()
            .header("Retry-After");
    int seconds = Integer.parseInt(retryAfter);
    assertTrue(seconds > 3500 && seconds <= 3600, retryAfter);
  }

  @Test
  void aUserWhoPlacedTheirHoursCallsGetsA429() {
    for (int i = 0; i < 4; i++) {
      as("ops2", "ops2-secret")
          .body("{\"to\": \"+150055500" + (20 + i) + "\"}")
          .post("/api/practice-calls")
          .then()
          .statusCode(202);
    }
    as("ops2", "ops2-secret")
        .body("{\"to\": \"+15005550030\"}")
        .post("/api/practice-calls")
        .then()
        .statusCode(429)
        .header("Retry-After", not(equalTo(null)))
        .body("detail", containsString("per-user-per-hour"));
  }

  @Test
  void aPlacedCallIsLoggedWithWhoAskedAndTheNumberMasked() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(PracticeCalls.class.getName());
    Level before = logger.getLevel();
    Handler handler = capture(lines);
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    try {
      as("ops", "ops-secret")
          .body("{\"to\": \"+14155550142\", \"flow\": \"hello\"}")
          .post("/api/practice-calls")
          .then()
          .statusCode(202);
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(before);
    }
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("ops asked to ring +*******0142 for flow hello")),
        lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("4155550142")), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains(TwilioSigner.TEST_TOKEN)));
  }

  private static Handler capture(List<String> lines) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(
            record instanceof ExtLogRecord ext
                ? ext.getFormattedMessage()
                : String.valueOf(record.getMessage()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
