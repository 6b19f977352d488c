package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The pages: the list of lines and missions, the phone, clear 404 pages for unknown lines and
 * paths, and the favicon.
 */
@QuarkusTest
class PagesTest {

  @Test
  void theHomePageListsTheLinesAndTheirMissions() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("Card services"))
        .body(containsString("/simulator/card-services?mission=report-stolen"))
        .body(containsString("Report your card stolen"));
  }

  @Test
  void theHomePageNamesTheLanguages() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("Languages: English, español"))
        .body(not(containsString("en-US, es-US")));
  }

  @Test
  void thePhonePageLoadsTheDiagramLibraryOnlyForTheReviewAndTheFlowPageAtOnce() {
    // 1.6 MB that a caller who never opens the review should not download.
    given()
        .get("/simulator/card-services")
        .then()
        .statusCode(200)
        .body(containsString("/app/diagram.js"))
        .body(not(containsString("elk.bundled.js")));
    given()
        .get("/flows/card-services")
        .then()
        .statusCode(200)
        .body(containsString("elk.bundled.js"));
  }

  @Test
  void thePhonePageListsThePracticeCardsAndLeavesTheLanguageToTheCall() {
    given()
        .get("/simulator/card-services")
        .then()
        .statusCode(200)
        .body(containsString("id=\"practice-cards\""))
        .body(containsString("378734493671000"))
        .body(containsString("Jordan Lee"))
        .body(containsString("Platinum"))
        .body(not(containsString("id=\"locale\"")));
    given()
        .get("/simulator/hello")
        .then()
        .statusCode(200)
        .body(not(containsString("id=\"practice-cards\"")))
        .body(not(containsString("id=\"locale\"")));
  }

  @Test
  void theBriefingSaysWhenTheMissionIsDoneInWords() {
    given()
        .get("/simulator/card-services?mission=report-stolen")
        .then()
        .statusCode(200)
        .body(
            containsString("Done when: <span id=\"mission-goal\">the line reads out the reference"))
        .body(not(containsString("node: lost-card/read-ref")));
  }

  @Test
  void thePhonePageShowsTheMissionBriefing() {
    given()
        .get("/simulator/card-services?mission=dispute-charge")
        .then()
        .statusCode(200)
        .body(containsString("data-flow=\"card-services\""))
        .body(containsString("Dispute a charge from last week"))
        .body(containsString("371449635398431"))
        .body(containsString("aria-live=\"polite\""));
  }

  @Test
  void anUnknownLineOrMissionIsAClear404Page() {
    given()
        .get("/simulator/nope")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("There is no phone line"))
        .body(containsString("href=\"/simulator/card-services\""));
    given()
        .get("/simulator/hello?mission=nope")
        .then()
        .statusCode(404)
        .body(containsString("has no practice mission"));
  }

  @Test
  void anUnknownPathIsTheStyledNotFoundPage() {
    for (String path : new String[] {"/nope", "/simulator/", "/app/nope.js"}) {
      given()
          .get(path)
          .then()
          .statusCode(404)
          .contentType(containsString("text/html"))
          .body(containsString("There is no page at " + path))
          .body(containsString("href=\"/app/style.css\""))
          .body(containsString("href=\"/simulator/card-services\""));
    }
  }

  @Test
  void theSiteHasAFavicon() {
    given().get("/").then().body(containsString("<link rel=\"icon\" href=\"/favicon.svg\""));
    given().get("/favicon.svg").then().statusCode(200).body(containsString("<svg"));
    given().get("/favicon.ico").then().statusCode(200);
  }

  @Test
  void theScriptsAndTheLayoutLibraryAreServed() {
    given().get("/app/phone.js").then().statusCode(200);
    given().get("/app/phone-sound.js").then().statusCode(200);
    given().get("/app/phone-mic.js").then().statusCode(200);
    given().get("/app/phone-report.js").then().statusCode(200);
    given().get("/app/review.js").then().statusCode(200);
    given().get("/app/style.css").then().statusCode(200);
    given().get("/vendor/elkjs/elk.bundled.js").then().statusCode(200).body(containsString("ELK"));
  }
}
