package org.ivrpractice.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The server starts on the bundled flows and lists its phone lines. */
@QuarkusTest
class FlowsResourceTest {

  @Test
  void listsThePhoneLinesButNotTheSubflows() {
    given()
        .get("/api/flows")
        .then()
        .statusCode(200)
        .body("id", hasItems("card-services", "hello"))
        .body("id", not(hasItems("verify-card")));
  }

  @Test
  void describesOneLine() {
    given()
        .get("/api/flows/card-services")
        .then()
        .statusCode(200)
        .body("locales", hasItems("en-US", "es-US"));
  }

  @Test
  void anUnknownLineIsA404() {
    given().get("/api/flows/nope").then().statusCode(404);
  }

  @Test
  void healthIsUp() {
    given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsArePublishedForPrometheus() {
    given().get("/api/flows").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("http_server_requests_seconds"));
  }
}
