package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;

/** A browser call through the JSON API, as the phone page drives it (in a Quarkus test). */
public final class BrowserApi {

  private BrowserApi() {}

  /** Starts a call ({@code {"flow": ...}}); its id. */
  public static String start(String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/calls")
        .then()
        .statusCode(201)
        .extract()
        .path("callId");
  }

  /** Sends an input ({@code {"digits": ...}}, {@code {"speech": ...}}); the answer, unchecked. */
  public static ValidatableResponse send(String id, String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/calls/" + id + "/input")
        .then();
  }

  /** Presses keys; what the line said back. */
  public static List<String> press(String id, String keys) {
    return send(id, "{\"digits\": \"" + keys + "\"}")
        .statusCode(200)
        .extract()
        .<List<String>>path("prompts.text");
  }
}
