package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The analytics page's frame as the server answers it: the page of a known line with its charts'
 * library and its tables, a clear 404 for a line that does not exist, a clear 400 for a filter the
 * page does not offer, and the links to it.
 */
@QuarkusTest
class AnalyticsPageTest {

  @Test
  void theAnalyticsPageOfALineHasItsTitleTheChartLibraryAndTheTables() {
    given()
        .get("/flows/card-services/analytics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<title>Card services: analytics, where callers went"))
        .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"))
        .body(containsString("id=\"chart-over-time\" role=\"img\""))
        .body(containsString("<caption>Transfers per queue</caption>"))
        .body(containsString("Run a practice crowd"));
  }

  @Test
  void theChartLibraryIsServedFromItsWebjar() {
    given()
        .get("/webjars/echarts/5.3.1/dist/echarts.min.js")
        .then()
        .statusCode(200)
        .body(containsString("echarts"));
  }

  @Test
  void theFiltersOfTheAddressAreChosenOnThePage() {
    given()
        .get("/flows/card-services/analytics?since=day&channel=twilio")
        .then()
        .statusCode(200)
        .body(containsString("<option value=\"day\" selected>"))
        .body(containsString("<option value=\"twilio\" selected>"));
  }

  @Test
  void anUnknownLineIsNotFound() {
    given()
        .get("/flows/no-such-line/analytics")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("no-such-line"));
  }

  @Test
  void aFilterThePageDoesNotOfferIsABadRequestThatNamesTheChoices() {
    given()
        .get("/flows/card-services/analytics?channel=fax")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("The analytics page has no channel \u201cfax\u201d"))
        .body(containsString("all, twilio, browser, terminal, scripted"));
  }

  @Test
  void theHomePageAndTheFlowPageLinkToIt() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/flows/card-services/analytics\""));
    given()
        .get("/flows/card-services")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/flows/card-services/analytics\""));
  }
}
