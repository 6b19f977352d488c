package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The editor page: reached from the flow page and the home page, ready for a strict CSP. */
@QuarkusTest
class EditorPageTest {

  @Test
  void theEditorPageNamesTheFlowAndLoadsItsScriptsFromFiles() {
    String page =
        given()
            .get("/flows/hello/edit")
            .then()
            .statusCode(200)
            .body(containsString("data-flow=\"hello\""))
            .body(containsString("data-line=\"true\""))
            .body(containsString("<code>hello.yaml</code>"))
            .body(containsString("/vendor/codemirror/codemirror.js"))
            .extract()
            .asString();
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page);
    while (scripts.find()) {
      assertFalse(scripts.group(1).isBlank(), "an inline script: " + scripts.group());
    }
    assertEquals(
        List.of(),
        Pattern.compile("\\son[a-z]+=").matcher(page).results().map(r -> r.group()).toList(),
        "no inline event handlers");
  }

  @Test
  void aSubflowIsEditedButNotCalledFromHere() {
    given()
        .get("/flows/verify-card/edit")
        .then()
        .statusCode(200)
        .body(containsString("data-line=\"false\""))
        .body(containsString("A sub-flow cannot be called or tested"));
  }

  @Test
  void anUnknownFlowIsTheNotFoundPage() {
    given()
        .get("/flows/nope/edit")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("nope.yaml&#39; to edit. The flows are: business-card"));
  }

  @Test
  void theFlowPageAndTheHomePageLinkToTheEditor() {
    given().get("/flows/hello").then().statusCode(200).body(containsString("/flows/hello/edit"));
    given().get("/").then().statusCode(200).body(containsString("/flows/card-services/edit"));
  }
}
