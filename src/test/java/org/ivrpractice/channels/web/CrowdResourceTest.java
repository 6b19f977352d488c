package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The practice crowd's endpoints, as the analytics page calls them. */
@QuarkusTest
class CrowdResourceTest {

  @Test
  void aRunAnswersASimulatedReportAndIsKeptAsTheLastRun() {
    String posted =
        given()
            .contentType(ContentType.JSON)
            .body("{\"callers\": 300, \"seed\": 5}")
            .post("/api/flows/card-services/crowd")
            .then()
            .statusCode(200)
            .body("callers", equalTo(300))
            .body("seed", equalTo(5))
            .body("profilesFrom", containsString("crowd.yaml"))
            .body("profiles.name", hasItem("impatient"))
            .body("profiles.find { it.name == 'hangs-up' }.onImpatience", equalTo("hang-up"))
            .body("report.simulated", equalTo(true))
            .body("report.calls", equalTo(300))
            .body("report.channels.crowd", equalTo(300))
            .body("report.transfers.size()", greaterThan(0))
            .extract()
            .asString();

    String last =
        given().get("/api/flows/card-services/crowd").then().statusCode(200).extract().asString();
    org.junit.jupiter.api.Assertions.assertEquals(posted, last);
  }

  @Test
  void anEmptyBodyRunsTheDefaultCrowdOnTheHelloLine() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/flows/hello/crowd")
        .then()
        .statusCode(200)
        .body("callers", equalTo(1000))
        .body("seed", equalTo(1))
        .body("report.calls", equalTo(1000));
  }

  @Test
  void tooManyCallersIsRefusedAsAProblem() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"callers\": 20001}")
        .post("/api/flows/card-services/crowd")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("detail", equalTo("callers must be from 1 to 20000, not 20001."));
    given()
        .contentType(ContentType.JSON)
        .body("{\"callers\": 0}")
        .post("/api/flows/card-services/crowd")
        .then()
        .statusCode(400);
  }

  @Test
  void anUnknownLineIsNotFoundAndALineNeverRunHasNoLastRun() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/flows/nope/crowd")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("detail", startsWith("There is no phone line 'nope'."));
    given()
        .get("/api/flows/business-card/crowd")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("detail", containsString("run one first"));
  }
}
