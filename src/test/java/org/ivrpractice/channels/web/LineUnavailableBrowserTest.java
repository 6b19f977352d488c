package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When the line cannot keep another call (here: the in-memory store holds as many as it may), the
 * phone page says the line is unavailable and offers to call again, instead of failing silently.
 */
@QuarkusTest
@TestProfile(LineUnavailableBrowserTest.OneCall.class)
@ExtendWith(HeadlessChromium.class)
class LineUnavailableBrowserTest {

  /** A store that keeps one live call. */
  public static final class OneCall implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("ivr.sessions.max", "1");
    }
  }

  @TestHTTPResource("/")
  URL base;

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  @Test
  void aFullLineIsShownUnavailableWithAWayToCallAgain() {
    given()
        .contentType("application/json")
        .body("{\"flow\": \"hello\"}")
        .post(base + "api/calls")
        .then()
        .statusCode(201);
    PhonePage phone = new PhonePage(HeadlessChromium.driver()).open(base + "simulator/hello");
    phone.idle().callButton().click();
    String problem = phone.problem();
    assertTrue(problem.contains("busy") || problem.contains("unavailable"), problem);
    assertEquals("Line unavailable", phone.byId("state").getText());
    assertEquals("Call again", phone.byId("restart").getText());
    HeadlessChromium.saveScreen("phone-line-unavailable");
  }
}
