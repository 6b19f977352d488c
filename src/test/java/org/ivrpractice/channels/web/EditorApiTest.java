package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The editor's API on the bundled flows, with saving off (the default): the source, checks of
 * drafts, their scenarios and tries. Nothing here writes a file.
 */
@QuarkusTest
class EditorApiTest {

  private static final String PROBLEM = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  static String hello() throws IOException {
    return Files.readString(Path.of("ivr-flows", "hello.yaml"));
  }

  static String json(Map<String, String> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 1-based line of the first line of a bundled file that contains {@code text}. */
  static int lineOf(String file, String text) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("ivr-flows", file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line with " + text);
  }

  static ValidatableResponse post(String path, Map<String, String> body) {
    return given().contentType(ContentType.JSON).body(json(body)).post(path).then();
  }

  @Test
  void theSourceIsTheFileItsHashAndWhetherSavesWork() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("ivr-flows", "hello.yaml"));
    given()
        .get("/api/flows/hello/source")
        .then()
        .statusCode(200)
        .body("file", equalTo("hello.yaml"))
        .body("yaml", equalTo(hello()))
        .body("hash", equalTo(FlowFiles.sha256(bytes)))
        .body("saving", equalTo(false));
  }

  @Test
  void aGotoToAnUnknownNodeIsFoundAtItsLineAndColumn() throws IOException {
    String draft = hello().replace("goto: joke }", "goto: jokes }");
    int line = lineOf("hello.yaml", "goto: joke }");
    String text = draft.lines().toList().get(line - 1);
    post("/api/flows/check", Map.of("flow", "hello", "yaml", draft))
        .statusCode(200)
        .body("ok", equalTo(false))
        .body("file", equalTo("hello.yaml"))
        .body("problems", hasSize(1))
        .body("problems[0].file", equalTo("hello.yaml"))
        .body("problems[0].line", equalTo(line))
        .body("problems[0].column", equalTo(text.indexOf("goto: jokes") + 1))
        .body("problems[0].node", equalTo("main"))
        .body("problems[0].severity", equalTo("error"))
        .body("problems[0].message", containsString("jokes"))
        .body("problems[0].fix", containsString("did you mean 'joke'?"))
        .body("otherFiles", empty())
        .body("diagram", nullValue());
  }

  @Test
  void theFlowAsItIsChecksCleanAndIsDrawn() throws IOException {
    post("/api/flows/check", Map.of("flow", "hello", "yaml", hello()))
        .statusCode(200)
        .body("ok", equalTo(true))
        .body("problems.severity", empty())
        .body("diagram.flow", equalTo("hello"))
        .body("diagram.nodes.id", hasItem("hello/main"));
  }

  @Test
  void theYamlAloneCanBeSentWithTheFlowInTheQuery() throws IOException {
    given()
        .contentType("text/yaml")
        .body(hello().replace("goto: hours", "goto: ours"))
        .post("/api/flows/check?flow=hello")
        .then()
        .statusCode(200)
        .body("ok", equalTo(false))
        .body("problems[0].line", equalTo(20))
        .body("problems[0].message", containsString("ours"));
  }

  @Test
  void aLintFindingComesWithItsRuleAndSeverity() throws IOException {
    String draft =
        hello()
            .replace(
                "    type: menu                  # no prompt",
                "    type: menu\n    prompt: \"For opening hours, press 7.\"  # no prompt");
    post("/api/flows/check", Map.of("flow", "hello", "yaml", draft))
        .statusCode(200)
        .body("problems.rule", hasItem("prompt-digit-mismatch"))
        .body("problems.find { it.rule == 'prompt-digit-mismatch' }.line", equalTo(17))
        .body("problems.find { it.rule == 'prompt-digit-mismatch' }.node", equalTo("main"))
        .body("problems.find { it.rule == 'prompt-digit-mismatch' }.severity", equalTo("error"))
        .body("ok", equalTo(false))
        .body("diagram.flow", equalTo("hello"));
  }

  @Test
  void aSubflowIsCheckedWithTheLinesThatCallIt() throws IOException {
    String draft = Files.readString(Path.of("ivr-flows", "verify-card.yaml"));
    post("/api/flows/check", Map.of("flow", "verify-card", "yaml", draft))
        .statusCode(200)
        .body("ok", equalTo(true))
        .body("diagram.flow", equalTo("verify-card"));
  }

  @Test
  void aDraftOverTheBoundIsRefusedWith413() {
    String draft = "# " + "x".repeat(DraftRequests.MAX_BYTES) + "\n";
    post("/api/flows/check", Map.of("flow", "hello", "yaml", draft))
        .statusCode(413)
        .contentType(PROBLEM)
        .body("detail", containsString("256 KB"));
  }

  @Test
  void anUnknownFlowIsA404NamingTheFlows() {
    post("/api/flows/check", Map.of("flow", "../pom", "yaml", "id: x"))
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", containsString("The flows are: business-card, card-services"));
    given().get("/api/flows/nope/source").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void aCheckWithoutTheDraftSaysWhatToSend() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"flow\": \"hello\"}")
        .post("/api/flows/check")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("\"yaml\""));
  }

  @Test
  void theDraftsChangesForCallersAreTheDiffAgainstTheRevisionCallersGetNow() throws IOException {
    String revision =
        given().get("/api/flows/hello").then().statusCode(200).extract().path("revision");
    String draft =
        hello()
            .replace("We are open every day from nine to five.", "We open at ten o'clock.")
            .replace("{ digit: 2, label: a joke", "{ digit: 3, label: a joke");

    String report =
        post("/api/flows/hello/diff", Map.of("yaml", draft))
            .statusCode(200)
            .body("against", equalTo(revision))
            .body("ok", equalTo(true))
            .body("changed", equalTo(true))
            .extract()
            .path("report");

    assertTrue(report.contains("-We are open every day from nine to five."), report);
    assertTrue(report.contains("+We open at ten o'clock."), report);
    assertTrue(report.contains("-[press 2]"), report);
    assertTrue(report.contains("+[press 3]"), report);
    assertTrue(report.endsWith("Changes for callers on 1 of 1 line: hello."), report);
  }

  @Test
  void aCommentOnlyDraftChangesNothingForCallers() throws IOException {
    post("/api/flows/hello/diff", Map.of("yaml", "# a note for the team\n" + hello()))
        .statusCode(200)
        .body("changed", equalTo(false))
        .body("report", equalTo("No change for callers."));
    post("/api/flows/hello/diff", Map.of("yaml", hello().replace("goto: joke", "goto: jokes")))
        .statusCode(200)
        .body("ok", equalTo(false))
        .body("report", containsString("jokes"));
  }

  @Test
  void theScenariosPassOnTheFlowAsItIs() throws IOException {
    post("/api/flows/hello/scenarios", Map.of("yaml", hello()))
        .statusCode(200)
        .body("file", equalTo("hello.scenarios.yaml"))
        .body("failed", equalTo(0))
        .body("passed", equalTo(13))
        .body("scenarios[0].name", equalTo("Pressing 1 hears the opening hours"))
        .body("scenarios[0].passed", equalTo(true));
  }

  @Test
  void aBrokenPromptFailsTheScenarioThatHearsIt() throws IOException {
    String draft =
        hello().replace("We are open every day from nine to five.", "We open at ten o'clock.");
    ValidatableResponse answer =
        post("/api/flows/hello/scenarios", Map.of("yaml", draft))
            .statusCode(200)
            .body("failed", equalTo(3))
            .body("passed", equalTo(10));
    String failure = "scenarios.find { it.name == 'Pressing 1 hears the opening hours' }";
    answer
        .body(failure + ".passed", equalTo(false))
        .body(
            failure + ".failure.step", equalTo("hear: \"We are open every day from nine to five\""))
        .body(
            failure + ".failure.line",
            equalTo(lineOf("hello.scenarios.yaml", "- hear: We are open")))
        .body(failure + ".failure.message", containsString("expected to hear"))
        .body(failure + ".failure.heard", hasItem(containsString("We open at ten o'clock.")));
  }

  @Test
  void scenariosDoNotRunOnADraftThatDoesNotLoad() throws IOException {
    post("/api/flows/hello/scenarios", Map.of("yaml", hello().replace("goto: joke }", "goto: x }")))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("2 errors"))
        .body("problems.line", equalTo(List.of(21, 25)))
        .body("problems[1].message", containsString("no call can reach this node"));
  }

  @Test
  void aScenarioThatNamesANodeTheDraftRemovedIsReported() throws IOException {
    String draft =
        hello().replace("  joke:\n", "  jest:\n").replace("goto: joke }", "goto: jest }");
    post("/api/flows/hello/scenarios", Map.of("yaml", draft))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("problems.file", hasItem("hello.scenarios.yaml"))
        .body("problems.message", hasItem(containsString("joke")));
  }

  @Test
  void aFlowWithoutScenariosSaysSo() throws IOException {
    String draft = Files.readString(Path.of("ivr-flows", "verify-card.yaml"));
    post("/api/flows/verify-card/scenarios", Map.of("yaml", draft))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("verify-card.scenarios.yaml"));
  }

  @Test
  void savingIsOffUnlessConfigured() throws IOException {
    given()
        .contentType(ContentType.JSON)
        .body(json(Map.of("yaml", hello(), "base", "0")))
        .put("/api/flows/hello/source")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", containsString("ivr.editor.save is not true"));
  }

  @Test
  void aDraftToTryGivesTheSimulatorPageOfItsRevision() throws IOException {
    post("/api/flows/hello/drafts", Map.of("yaml", hello().replace("Goodbye.", "Bye now.")))
        .statusCode(200)
        .body("revision", notNullValue())
        .body("simulator", startsWith("/simulator/hello?revision="));
  }

  @Test
  void aDraftThatDoesNotLoadCannotBeTried() throws IOException {
    post("/api/flows/hello/drafts", Map.of("yaml", hello().replace("goto: joke }", "goto: x }")))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("problems.line", equalTo(List.of(21, 25)));
  }
}
