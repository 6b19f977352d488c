package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.ivrpractice.channels.web.BrowserApi;
import org.junit.jupiter.api.Test;

/**
 * A Studio flow and a Connect flow, imported, answer on the Twilio line and in the browser as the
 * bundled lines do, and their calls count in the line's analytics.
 */
@QuarkusTest
@TestProfile(ImportedFlowsProfile.class)
class ImportedLinesOnEveryChannelTest {

  @TestHTTPResource("/")
  URI server;

  @Test
  void theImportedStudioFlowAnswersATwilioCallToEachEnding() {
    String since = Instant.now().minusSeconds(1).toString();
    String base = server.toString();
    TwilioCallClient order = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    List<String> heard = order.call(TwilioRoutes.voice("support-line")).heard();
    assertTrue(
        heard.contains("Welcome to Acme support. This is a practice line."), heard::toString);
    order.press("2");
    TwilioCallClient.Turn shipped = order.press("222222#");
    assertTrue(shipped.heard().contains("Order 222222 has shipped."), shipped.heard()::toString);
    assertTrue(shipped.ended(), "the goodbye ends the call");

    TwilioCallClient billing = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    billing.call(TwilioRoutes.voice("support-line"));
    TwilioCallClient.Turn transfer = billing.press("1");
    assertTrue(transfer.heard().contains("Connecting you to billing."), transfer.heard()::toString);
    assertTrue(transfer.ended(), "the transfer ends the call's turns on our line");

    given()
        .queryParam("since", since)
        .get("/api/flows/support-line/analytics")
        .then()
        .statusCode(200)
        .body("calls", equalTo(2))
        .body("outcomes.'self-served'", equalTo(1))
        .body("outcomes.transferred", equalTo(1))
        .body("transfers[0].queue", equalTo("billing_desk"));
  }

  @Test
  void theImportedConnectFlowAnswersABrowserCall() {
    String id = BrowserApi.start("{\"flow\": \"order-line\"}");
    BrowserApi.press(id, "1"); // within the hours of operation
    BrowserApi.press(id, "1"); // the status of an order
    List<String> said = BrowserApi.press(id, "222222#");
    assertTrue(said.contains("Order 222222 has shipped."), said::toString);
    given()
        .get("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("status", containsString("(self-served)"));
  }
}
