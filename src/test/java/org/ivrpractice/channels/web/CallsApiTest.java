package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.ivrpractice.channels.web.BrowserApi.send;
import static org.ivrpractice.channels.web.BrowserApi.start;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The JSON API of the browser simulator: every endpoint, and every error as problem+json. */
@QuarkusTest
class CallsApiTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void startingACallAnswersWithItsIdAndFirstTurn() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"flow\": \"hello\"}")
        .post("/api/calls")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/calls/"))
        .body("callId", notNullValue())
        .body("turn", equalTo(0))
        .body("state", equalTo("menu"))
        .body("node", equalTo("hello/main"))
        .body("prompts.text", hasItem(containsString("Welcome to the hello practice line")))
        .body("prompts[0].locale", equalTo("en-US"))
        .body("awaiting.options.digit", hasItem("1"))
        .body("awaiting.escapes.label", hasItem("agent"))
        .body("mission", nullValue());
  }

  @Test
  void keysSpeechAndSilenceMoveTheCall() {
    String id = start("{\"flow\": \"hello\"}");
    send(id, "{\"silence\": true}")
        .statusCode(200)
        .body("turn", equalTo(1))
        .body("state", equalTo("menu"));
    send(id, "{\"speech\": \"opening hours\"}")
        .statusCode(200)
        .body("state", equalTo("ended"))
        .body("ending.outcome", equalTo("self-served"))
        .body("prompts[0].text", containsString("nine to five"));
    given()
        .get("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("transcript.speaker", hasItem("caller"))
        .body("transcript.text", hasItem("stayed silent (5 s)"))
        .body("transcript.text", hasItem("said \"opening hours\""))
        .body("path", hasItem("hello/hours"));
  }

  @Test
  void aTransferShowsTheQueueAndTheWait() {
    String id = start("{\"flow\": \"hello\"}");
    send(id, "{\"digits\": \"0\"}")
        .statusCode(200)
        .body("state", equalTo("on-hold"))
        .body("ending.queue", equalTo("agents"))
        .body("ending.queueLabel", equalTo("Customer care"))
        .body("ending.waitSeconds", equalTo(120))
        .body("ending.position", greaterThan(0))
        .body("awaiting", nullValue());
  }

  @Test
  void theTranscriptMasksTheCardNumber() {
    String id = start("{\"flow\": \"card-services\"}");
    send(id, "{\"digits\": \"1\"}").statusCode(200);
    send(id, "{\"digits\": \"1\"}")
        .statusCode(200)
        .body("awaiting.kind", equalTo("digits"))
        .body("awaiting.sensitive", equalTo(true))
        .body("awaiting.maxLength", equalTo(15))
        .body("awaiting.finishKey", equalTo("#"));
    send(id, "{\"digits\": \"378282246310005#\"}")
        .statusCode(200)
        .body("state", equalTo("menu"))
        .body("prompts.text", hasItem(containsString("Alex Rivera")));
    String transcript = given().get("/api/calls/" + id).then().statusCode(200).extract().asString();
    org.junit.jupiter.api.Assertions.assertFalse(
        transcript.contains("378282246310005"), "the card number is never shown in clear");
    org.junit.jupiter.api.Assertions.assertTrue(transcript.contains("•••••••••••0005#"));
  }

  @Test
  void aRepeatedInputForTheSameTurnIsTakenOnce() {
    String id = start("{\"flow\": \"card-services\"}");
    send(id, "{\"digits\": \"1\", \"turn\": 0}").statusCode(200).body("turn", equalTo(1));
    send(id, "{\"digits\": \"1\", \"turn\": 0}")
        .statusCode(200)
        .body("turn", equalTo(1))
        .body("node", equalTo("card-services/main-menu"));
  }

  @Test
  void hangingUpEndsTheCallAndKeepsItsTranscript() {
    String id = start("{\"flow\": \"hello\"}");
    given()
        .delete("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("ended"))
        .body("ending.outcome", equalTo("abandoned"));
    given().delete("/api/calls/" + id).then().statusCode(200).body("state", equalTo("ended"));
    given()
        .get("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("transcript.text", hasItem("hung up"));
    send(id, "{\"digits\": \"1\"}")
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("Start a new call"));
  }

  @Test
  void aMissionCallIsScoredWhenItEnds() {
    String id = start("{\"flow\": \"card-services\", \"mission\": \"reach-a-person\"}");
    send(id, "{\"speech\": \"agent\"}")
        .statusCode(200)
        .body("state", equalTo("on-hold"))
        .body("mission.reached", equalTo(true))
        .body(
            "mission.done", equalTo("you are transferred to Customer care, on hold for a person."))
        .body("mission.message", equalTo("Mission complete: hang up to see your score."))
        .body("mission.score", nullValue());
    given()
        .delete("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("ended"))
        .body("ending.outcome", equalTo("abandoned"))
        .body("mission.message", equalTo("Mission complete: Reach a person as fast as you can."))
        .body("mission.score.reached", equalTo(true))
        .body("mission.score.done", startsWith("you are transferred to Customer care"))
        .body("mission.score.spokenInputs", equalTo(1))
        .body("mission.score.wrongTurns", equalTo(0))
        .body("mission.score.shortestSeconds", greaterThan(0f))
        .body("mission.score.shortestSteps", not(everyItem(startsWith("enter"))))
        .body("mission.score.tips.size()", greaterThan(0));
    given()
        .get("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("mission.score.reached", equalTo(true))
        .body("quickestPath", hasItem("card-services/standard-agent"));
  }

  @Test
  void aCallThatEndsBeforeTheGoalIsScoredNotCompleted() {
    String id = start("{\"flow\": \"hello\", \"mission\": \"opening-hours\"}");
    send(id, "{\"digits\": \"2\"}")
        .statusCode(200)
        .body("state", equalTo("ended"))
        .body("mission.reached", equalTo(false))
        .body("mission.message", equalTo("Mission not completed: Find out the opening hours."))
        .body("mission.score.reached", equalTo(false))
        .body("mission.score.tips[0]", startsWith("Next time, try the quickest route"));
  }

  @Test
  void aCallerAsQuickAsTheQuickestRouteIsToldTheyTieIt() {
    String id = start("{\"flow\": \"card-services\", \"mission\": \"report-stolen\"}");
    for (String keys : new String[] {"1", "1", "378282246310005#"}) {
      send(id, "{\"digits\": \"" + keys + "\"}").statusCode(200);
    }
    send(id, "{\"digits\": \"1\"}")
        .statusCode(200)
        .body("mission.reached", equalTo(true))
        .body("mission.score", nullValue());
    ValidatableResponse ended = given().delete("/api/calls/" + id).then().statusCode(200);
    float yours = ended.extract().path("mission.score.elapsedSeconds");
    ended
        .body("mission.score.shortestSeconds", equalTo(yours))
        .body(
            "mission.score.tips[0]",
            equalTo("Your time ties the quickest route: no call reaches this goal sooner."))
        .body("mission.score.tips", not(hasItem(containsString("press 1"))));
  }

  @Test
  void hangingUpOnHoldEndsTheCall() {
    String id = start("{\"flow\": \"hello\"}");
    send(id, "{\"digits\": \"0\"}").statusCode(200).body("state", equalTo("on-hold"));
    given()
        .delete("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("ended"))
        .body("awaiting", nullValue())
        .body("ending.outcome", equalTo("abandoned"))
        .body("ending.queue", equalTo("agents"))
        .body("status", equalTo("You hung up while on hold for Customer care."));
    given()
        .get("/api/calls/" + id)
        .then()
        .body("transcript.text", hasItem("hung up"))
        .body("transcript.text", hasItem("You hung up while on hold for Customer care."));
    given().delete("/api/calls/" + id).then().statusCode(200).body("state", equalTo("ended"));
  }

  @Test
  void timesAreWrittenAsAPersonWouldWriteThem() {
    String id = start("{\"flow\": \"card-services\"}");
    String turn = send(id, "{\"speech\": \"agent\"}").statusCode(200).extract().asString();
    String report = given().get("/api/calls/" + id).then().statusCode(200).extract().asString();
    // Before, the prompts' times were summed as they came: "at": 19.599999999999998.
    org.junit.jupiter.api.Assertions.assertTrue(report.contains("\"at\":19.6"), report);
    for (String json : new String[] {turn, report}) {
      org.junit.jupiter.api.Assertions.assertFalse(
          java.util.regex.Pattern.compile("\\d\\.\\d{2,}").matcher(json).find(), json);
    }
  }

  @Test
  void everyUnknownApiPathIsAProblem() {
    for (String path : new String[] {"/api/nope", "/api/calls/x/y", "/api/flows/hello/nope"}) {
      given()
          .get(path)
          .then()
          .statusCode(404)
          .contentType(PROBLEM)
          .body("status", equalTo(404))
          .body("instance", equalTo(path))
          .body("detail", containsString("/api/calls"));
    }
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/nope")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .get("/api/calls")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .body("detail", containsString("does not take GET"));
  }

  @Test
  void aHintGivesTheNextStepAndIsCounted() {
    String id = start("{\"flow\": \"card-services\", \"mission\": \"check-points\"}");
    given()
        .post("/api/calls/" + id + "/hint")
        .then()
        .statusCode(200)
        .body("step", notNullValue())
        .body("hints", equalTo(1));
    given()
        .get("/api/calls/" + id)
        .then()
        .body("mission.hints", equalTo(1))
        .body("transcript.text", hasItem(startsWith("Hint: ")));
  }

  @Test
  void aDisputeMissionIsCoachedWithItsOwnPracticeCard() {
    String id = start("{\"flow\": \"card-services\", \"mission\": \"dispute-charge\"}");
    send(id, "{\"digits\": \"1\"}").statusCode(200);
    send(id, "{\"speech\": \"I want to dispute a charge\"}")
        .statusCode(200)
        .body("node", equalTo("verify-card/card-number"));
    given()
        .post("/api/calls/" + id + "/hint")
        .then()
        .statusCode(200)
        .body("step", equalTo("enter •••••••••••8431#"));
    send(id, "{\"digits\": \"371449635398431#\"}")
        .statusCode(200)
        .body("prompts.text", hasItem(containsString("La Palma Restaurant")));
    send(id, "{\"digits\": \"2\"}")
        .statusCode(200)
        .body("mission.reached", equalTo(true))
        .body("prompts.text", hasItem(containsString("dispute case number")));
    given()
        .delete("/api/calls/" + id)
        .then()
        .statusCode(200)
        .body("mission.score.hints", equalTo(1))
        .body("mission.score.spokenInputs", equalTo(1))
        .body("mission.score.shortestSteps", hasItem("enter •••••••••••8431#"));
  }

  @Test
  void flowsListTheirMissionsAndDiagram() {
    given()
        .get("/api/flows")
        .then()
        .statusCode(200)
        .body("find { it.id == 'card-services' }.missions.id", hasItem("report-stolen"));
    given()
        .get("/api/flows/card-services")
        .then()
        .statusCode(200)
        .body("missions.goal", hasItem("node: lost-card/read-ref"))
        .body("missions.done", hasItem("the line reads out the reference number of your report."));
    given()
        .get("/api/flows/card-services/diagram")
        .then()
        .statusCode(200)
        .body("flows.id", hasItem("verify-card"))
        .body("nodes.id", hasItem("card-services/main-menu"))
        .body(
            "edges.find { it.from == 'card-services/lost-card' && it.to == 'lost-card/lost-intro' }.kind",
            equalTo("call"));
  }

  @Test
  void anUnknownFlowIsA404NamingTheKnownFlows() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"flow\": \"nope\"}")
        .post("/api/calls")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("status", equalTo(404))
        .body("detail", containsString("card-services"));
    given()
        .get("/api/flows/nope")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", containsString("hello"));
  }

  @Test
  void anUnknownMissionOrLocaleIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"flow\": \"hello\", \"mission\": \"nope\"}")
        .post("/api/calls")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", containsString("opening-hours"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"flow\": \"hello\", \"locale\": \"fr-FR\"}")
        .post("/api/calls")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("en-US"));
  }

  @Test
  void anUnknownCallIdIsA404WithAWayForward() {
    send("no-such-call", "{\"digits\": \"1\"}")
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", equalTo("This call has ended or expired. Start a new call."));
    given().get("/api/calls/no-such-call").then().statusCode(404).contentType(PROBLEM);
    given().delete("/api/calls/no-such-call").then().statusCode(404).contentType(PROBLEM);
    given().post("/api/calls/no-such-call/hint").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void badInputIsA400() {
    String id = start("{\"flow\": \"hello\"}");
    send(id, "{\"digits\": \"12a\"}")
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("0-9"));
    send(id, "{}")
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("exactly one"));
    send(id, "{\"digits\": \"1\", \"speech\": \"hours\"}").statusCode(400);
    send(id, "not json").statusCode(400).contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body("")
        .post("/api/calls")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("\"flow\""));
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/calls")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("hello"));
    given()
        .post("/api/calls/" + id + "/hint")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("mission"));
  }
}
