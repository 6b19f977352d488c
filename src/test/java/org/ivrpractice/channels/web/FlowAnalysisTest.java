package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line's analysis (scenario coverage, lint findings, explorer table) as JSON and as a page. */
@QuarkusTest
class FlowAnalysisTest {

  @Test
  void everyNodeOfCardServicesIsCoveredSinceItsScenariosAllPass() {
    given()
        .get("/api/flows/card-services/analysis")
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body("flow", equalTo("card-services"))
        .body("scenarios.failed", equalTo(0))
        .body("scenarios.passed", greaterThan(0))
        .body("coverage[0].flow", equalTo("card-services"))
        .body("coverage[0].cells[0].kind", equalTo("nodes"))
        .body("coverage[0].cells[0].percent", equalTo(100))
        .body("nodes['card-services/main-menu']", equalTo("covered"))
        .body("coverage.flow", hasItem("lost-card"));
  }

  @Test
  void aSilencedLintWarningIsListedWithItsReason() {
    given()
        .get("/api/flows/card-services/analysis")
        .then()
        .statusCode(200)
        .body("silenced.find { it.rule == 'too-many-options' }.node", equalTo("main-menu"))
        .body(
            "silenced.find { it.rule == 'too-many-options' }.reason",
            containsString("Six reasons for calling"))
        .body(
            "silenced.find { it.rule == 'too-many-options' }.place",
            containsString("card-services.yaml:"))
        .body("findings.rule", not(hasItem("too-many-options")));
  }

  @Test
  void theExplorerRowsIncludeTheAgentsQueueWithItsQuickestRoute() {
    given()
        .get("/api/flows/card-services/analysis")
        .then()
        .statusCode(200)
        .body("explorer.states", greaterThan(100))
        .body("explorer.endings.find { it.name == 'agents' }.kind", equalTo("queue"))
        .body("explorer.endings.find { it.name == 'agents' }.quickest.steps", hasItem("press 0"))
        .body("explorer.endings.find { it.name == 'agents' }.quickest.seconds", greaterThan(0))
        .body("explorer.fastestAgent.steps", equalTo(List.of("press 0")))
        .body("explorer.deepestMenu.node", containsString("/"))
        .body("explorer.problems", empty());
  }

  @Test
  void theHelloLineIsFullyCoveredAndItsNodesAreAllMarked() {
    given()
        .get("/api/flows/hello/analysis")
        .then()
        .statusCode(200)
        .body("nodes.values()", everyItem(equalTo("covered")))
        .body("notCovered", empty());
  }

  @Test
  void anUnknownLineIsAProblemOrA404Page() {
    given()
        .get("/api/flows/nope/analysis")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("There is no phone line 'nope'"));
    given()
        .get("/flows/nope")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("There is no phone line"))
        .body(containsString("href=\"/simulator/card-services\""));
  }

  @Test
  void theFlowPageShowsCoverageLintAndExplorerAndIsLinkedFromTheOtherPages() {
    given()
        .get("/flows/card-services")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("id=\"coverage-title\""))
        .body(containsString("id=\"coverage-table\""))
        .body(containsString("<th scope=\"row\">card-services</th>"))
        .body(containsString("id=\"lint-title\""))
        .body(containsString("Six reasons for calling"))
        .body(containsString("id=\"explorer-title\""))
        .body(containsString("queue <code>agents</code>"))
        .body(containsString("/app/diagram.js"));
    given().get("/").then().statusCode(200).body(containsString("href=\"/flows/card-services\""));
    given()
        .get("/simulator/hello")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/flows/hello\""));
    given().get("/app/diagram.js").then().statusCode(200).body(containsString("IvrDiagram"));
    given().get("/app/analysis.js").then().statusCode(200);
  }
}
