package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.app.ScriptedCalls;
import org.ivrpractice.channels.terminal.TerminalSimulator;
import org.ivrpractice.channels.web.BrowserApi;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.SavedRecords;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.session.CallAnalytics;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.ScenarioFile;
import org.ivrpractice.testing.ScenarioReader;
import org.ivrpractice.testing.ScenarioResult;
import org.ivrpractice.testing.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * Seven known calls to card-services, on every channel (two through Twilio's signed webhooks, three
 * from the browser API, one in the terminal simulator, one scripted scenario), and what the
 * analytics, the call log and the metrics then say of them: 3 transferred (one to each queue), 2
 * self-served, the caller hung up once at the main menu and once at the card-number prompt. Also: a
 * call the line fails, a mission's calls, a draft's call (not recorded) and the endpoints' bad
 * queries.
 */
@QuarkusTest
class EveryChannelRecordsCallsTest {

  private static final String LINE = "card-services";
  private static final String MAIN_MENU = "card-services/main-menu";
  private static final String CARD_NUMBER = "verify-card/card-number";

  /** The scripted call: the lost card by speech, the card number spoken, self-served. */
  static final String LOST_CARD_BY_SPEECH =
      """
      flow: card-services
      scenarios:
        - name: Lost card by speech
          steps:
            - say: English
            - say: my card was stolen
            - at: verify-card/card-number
            - say: three seven eight two eight two two four six three one zero zero zero five
            - hear: Thank you, Alex Rivera
            - say: standard
            - say: that's all
            - end: self-served
      """;

  @TestHTTPResource("/")
  URI server;

  @Inject FlowCatalog flows;
  @Inject CallAnalytics analytics;
  @Inject TwilioCalls twilio;

  /** Fractions read as doubles (REST Assured reads them as floats by default). */
  private static final RestAssuredConfig DOUBLES =
      RestAssuredConfig.config()
          .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void callsOnEveryChannelAreCountedInTheAnalyticsTheLogAndTheMetrics() throws IOException {
    MetricsScrape before = MetricsScrape.now();
    long since = System.currentTimeMillis();
    List<String> secretIds = playSevenCalls();

    ValidatableResponse report =
        given()
            .config(DOUBLES)
            .queryParam("since", Instant.ofEpochMilli(since).toString())
            .get("/api/flows/" + LINE + "/analytics")
            .then()
            .statusCode(200);
    report
        .body("calls", equalTo(7))
        .body("outcomes.'self-served'", equalTo(2))
        .body("outcomes.transferred", equalTo(3))
        .body("outcomes.abandoned", equalTo(2))
        .body("outcomes.'hung-up'", equalTo(0))
        .body("outcomes.error", equalTo(0))
        .body("containment", closeTo(2.0 / 7, 1e-9))
        .body("channels", equalTo(Map.of("twilio", 2, "browser", 3, "terminal", 1, "scripted", 1)))
        .body("transfers.find { it.queue == 'agents' }.calls", equalTo(1))
        .body("transfers.find { it.queue == 'priority' }.calls", equalTo(1))
        .body("transfers.find { it.queue == 'supervisors' }.calls", equalTo(1))
        .body(node(MAIN_MENU) + ".calls", equalTo(7))
        .body(node(MAIN_MENU) + ".abandoned", equalTo(1))
        .body(node(MAIN_MENU) + ".abandonment", closeTo(1.0 / 7, 1e-9))
        .body(node(MAIN_MENU) + ".noMatch", equalTo(1))
        .body(node(CARD_NUMBER) + ".calls", equalTo(4))
        .body(node(CARD_NUMBER) + ".abandoned", equalTo(1))
        .body(node(CARD_NUMBER) + ".abandonment", closeTo(1.0 / 4, 1e-9));
    given()
        .queryParam("since", since)
        .queryParam("channel", "browser")
        .get("/api/flows/" + LINE + "/analytics")
        .then()
        .statusCode(200)
        .body("calls", equalTo(3))
        .body("outcomes.transferred", equalTo(1))
        .body("outcomes.'self-served'", equalTo(1))
        .body("outcomes.abandoned", equalTo(1));

    assertTheLogHoldsTheSevenCalls(since, secretIds);
    assertTheMetricsCountedTheSevenCalls(before, MetricsScrape.now(), report);
  }

  @Test
  void aTwilioCallTheLineFailsEndsInAnErrorWhereItWas() throws InterruptedException {
    long since = System.currentTimeMillis();
    String base = server.toString();
    TwilioCallClient call = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    call.call("/twilio/voice/" + LINE);
    call.press("1");

    // What the webhooks answer when handling a request of the call failed: the apology.
    assertTrue(twilio.failure(call.callSid(), null).contains("<Say"), "the apology");

    String errors = "";
    for (int i = 0; i < 50 && !errors.contains("\"error\""); i++) {
      Thread.sleep(100); // the record is dropped, and the call recorded, in the background
      errors =
          given()
              .queryParam("flow", LINE)
              .queryParam("since", since)
              .get("/api/calls/log")
              .asString();
    }
    assertTrue(errors.contains("\"outcome\":\"error\""), errors);
    assertTrue(errors.contains("\"endNode\":\"" + MAIN_MENU + "\""), errors);
    assertTrue(errors.contains("\"channel\":\"twilio\""), errors);
    assertFalse(errors.contains(call.callSid()), errors);
  }

  @Test
  void aMissionsCallSaysWhetherItReachedTheGoal() throws IOException {
    long since = System.currentTimeMillis();
    String reached =
        BrowserApi.start("{\"flow\": \"" + LINE + "\", \"mission\": \"check-points\"}");
    for (String keys : List.of("1", "4", "378282246310005#", "5")) {
      BrowserApi.press(reached, keys);
    }
    String missed = BrowserApi.start("{\"flow\": \"" + LINE + "\", \"mission\": \"check-points\"}");
    BrowserApi.press(missed, "1");
    given().delete("/api/calls/" + missed).then().statusCode(200);

    String[] lines =
        given()
            .queryParam("flow", LINE)
            .queryParam("since", since)
            .get("/api/calls/log")
            .asString()
            .split("\n");
    assertEquals(2, lines.length, String.join("\n", lines));
    JsonNode first = json.readTree(lines[0]);
    JsonNode second = json.readTree(lines[1]);
    assertEquals("check-points", first.get("mission").asText());
    assertTrue(first.get("goalReached").asBoolean(), lines[0]);
    assertEquals("self-served", first.get("outcome").asText());
    assertEquals("check-points", second.get("mission").asText());
    assertFalse(second.get("goalReached").asBoolean(), lines[1]);
  }

  @Test
  void aDraftTriedFromTheEditorIsNotALineCall() throws IOException {
    long since = System.currentTimeMillis();
    String yaml = Files.readString(Path.of("ivr-flows", "hello.yaml")).replace("Goodbye.", "Bye.");
    String revision =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("yaml", yaml))
            .post("/api/flows/hello/drafts")
            .then()
            .statusCode(200)
            .extract()
            .path("revision");
    String draft = BrowserApi.start("{\"flow\": \"hello\", \"revision\": \"" + revision + "\"}");
    assertTrue(BrowserApi.press(draft, "1").toString().contains("Bye."), "the draft answered");
    String line = BrowserApi.start("{\"flow\": \"hello\"}");
    BrowserApi.press(line, "1");

    given()
        .queryParam("since", since)
        .get("/api/flows/hello/analytics")
        .then()
        .statusCode(200)
        .body("calls", equalTo(1))
        .body("outcomes.'self-served'", equalTo(1));
  }

  @Test
  void badQueriesAreProblemsThatSayWhatIsExpected() {
    problem(given().queryParam("since", "yesterday").get("/api/calls/log"), 400)
        .body("detail", containsString("ISO-8601 instant"));
    problem(given().queryParam("since", "2026-13-45").get("/api/flows/" + LINE + "/analytics"), 400)
        .body("detail", containsString("milliseconds since the epoch"));
    problem(given().queryParam("channel", "fax").get("/api/flows/" + LINE + "/analytics"), 400)
        .body("detail", containsString("twilio, browser, terminal, scripted"));
    problem(given().get("/api/flows/no-such-line/analytics"), 404)
        .body("detail", containsString("card-services"));
    problem(given().queryParam("flow", "no-such-line").get("/api/calls/log"), 404)
        .body("detail", containsString("no-such-line"));
  }

  private static ValidatableResponse problem(io.restassured.response.Response r, int status) {
    return r.then().statusCode(status).contentType(containsString("application/problem+json"));
  }

  private static String node(String id) {
    return "nodes.find { it.node == '" + id + "' }";
  }

  /** Plays the seven calls; gives the ids a summary must never carry (CallSids, browser ids). */
  private List<String> playSevenCalls() throws IOException {
    List<String> ids = new ArrayList<>();
    String base = server.toString();
    // Twilio: "agent" at the main menu reaches the agents' queue.
    TwilioCallClient toAgent = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    toAgent.call("/twilio/voice/" + LINE);
    toAgent.press("1");
    assertTrue(toAgent.say("agent").ended(), "transferred");
    ids.add(toAgent.callSid());
    // Twilio: the caller hangs up at the card-number prompt (the status callback says so).
    TwilioCallClient hangsUp = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    hangsUp.call("/twilio/voice/" + LINE);
    hangsUp.press("1");
    assertTrue(hangsUp.press("1").heard().toString().contains("15-digit practice card number"));
    hangsUp.hangUp();
    ids.add(hangsUp.callSid());
    // Browser: a Platinum card member's missing points go to the priority queue.
    String priority = BrowserApi.start("{\"flow\": \"" + LINE + "\"}");
    for (String keys : List.of("1", "4", "378734493671000#", "3")) {
      BrowserApi.press(priority, keys);
    }
    ids.add(priority);
    // Browser: a lost card, standard delivery, then that's all: self-served.
    String lostCard = BrowserApi.start("{\"flow\": \"" + LINE + "\"}");
    for (String keys : List.of("1", "1", "378282246310005#", "1", "2")) {
      BrowserApi.press(lostCard, keys);
    }
    ids.add(lostCard);
    // Browser: the caller hangs up at the main menu.
    String leaves = BrowserApi.start("{\"flow\": \"" + LINE + "\"}");
    BrowserApi.press(leaves, "1");
    given().delete("/api/calls/" + leaves).then().statusCode(200);
    ids.add(leaves);
    // Terminal: a wrong key at the main menu (no match), then more options, a supervisor.
    String ended = terminal("1\n9\n6\n3\n");
    assertTrue(ended.contains("upervisor"), ended);
    // Scripted: the lost card by speech, the card number spoken: self-served.
    ScenarioResult scripted = scripted(LOST_CARD_BY_SPEECH);
    assertTrue(scripted.passed(), () -> String.valueOf(scripted.actual()));
    return ids;
  }

  private String terminal(String typed) throws IOException {
    Flow flow = flows.line(LINE).orElseThrow();
    String revision = flows.current(LINE).orElseThrow().id();
    StringWriter out = new StringWriter();
    return new TerminalSimulator(new Engine(SavedRecords.inMemory()), analytics)
        .run(
            flow,
            revision,
            null,
            1,
            TerminalSimulator.LineSource.of(new BufferedReader(new StringReader(typed))),
            new PrintWriter(out));
  }

  private ScenarioResult scripted(String yaml) {
    Map<String, Flow> lines = Map.of(LINE, flows.line(LINE).orElseThrow());
    Problems problems = new Problems();
    ScenarioFile file = new ScenarioReader(lines).read(LINE + ".scenarios.yaml", yaml, problems);
    assertTrue(problems.isEmpty(), () -> Problems.report(problems.sorted()));
    EngineDriver driver = new EngineDriver(lines, turn -> {}, new ScriptedCalls(analytics));
    return new ScenarioRunner(driver).run(file, file.scenarios().get(0));
  }

  private void assertTheLogHoldsTheSevenCalls(long since, List<String> secretIds)
      throws IOException {
    var answer = given().queryParam("flow", LINE).queryParam("since", since).get("/api/calls/log");
    answer.then().statusCode(200).contentType(containsString("application/x-ndjson"));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : answer.asString().split("\n")) {
      lines.add(json.readTree(line));
    }
    assertEquals(7, lines.size(), answer.asString());
    List<String> outcomes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long lastEnd = 0;
    for (JsonNode s : lines) {
      outcomes.add(s.get("channel").asText() + " " + s.get("outcome").asText());
      ids.add(s.get("id").asText());
      long end = s.get("startedAt").asLong() + s.get("durationMs").asLong();
      assertTrue(end >= lastEnd, "oldest first: " + answer.asString());
      lastEnd = end;
    }
    assertEquals(
        List.of(
            "twilio transferred",
            "twilio abandoned",
            "browser transferred",
            "browser self-served",
            "browser abandoned",
            "terminal transferred",
            "scripted self-served"),
        outcomes);
    assertEquals(7, ids.size(), "each summary has its own id");
    secretIds.forEach(
        id -> assertFalse(answer.asString().contains(id), "a call's own id in the log: " + id));
    assertEquals("verify-card/card-number", lines.get(1).get("endNode").asText());
    assertEquals("card-services/main-menu", lines.get(4).get("endNode").asText());
    assertEquals("priority", lines.get(2).get("queue").asText());
    assertEquals(List.of("agent"), json.convertValue(lines.get(0).get("escapes"), List.class));
  }

  private static void assertTheMetricsCountedTheSevenCalls(
      MetricsScrape before, MetricsScrape after, ValidatableResponse report) {
    String calls = "ivr_calls_total";
    assertEquals(7, delta(before, after, calls, "flow", LINE));
    assertEquals(2, delta(before, after, calls, "flow", LINE, "outcome", "self-served"));
    assertEquals(3, delta(before, after, calls, "flow", LINE, "outcome", "transferred"));
    assertEquals(2, delta(before, after, calls, "flow", LINE, "outcome", "abandoned"));
    assertEquals(2, delta(before, after, calls, "flow", LINE, "channel", "twilio"));
    assertEquals(3, delta(before, after, calls, "flow", LINE, "channel", "browser"));
    assertEquals(1, delta(before, after, calls, "flow", LINE, "channel", "terminal"));
    assertEquals(1, delta(before, after, calls, "flow", LINE, "channel", "scripted"));
    assertEquals(7, delta(before, after, "ivr_calls_started_total", "flow", LINE));
    assertEquals(7, delta(before, after, "ivr_call_duration_seconds_count", "flow", LINE));
    for (String queue : List.of("agents", "priority", "supervisors")) {
      assertEquals(
          1,
          delta(before, after, "ivr_time_to_agent_seconds_count", "flow", LINE, "queue", queue),
          queue);
    }
    int visits = report.extract().path("nodes.find { it.node == '" + MAIN_MENU + "' }.visits");
    assertEquals(
        visits, delta(before, after, "ivr_node_visits_total", "flow", LINE, "node", MAIN_MENU));
    assertEquals(
        1,
        delta(
            before,
            after,
            "ivr_reprompts_total",
            "flow",
            LINE,
            "node",
            MAIN_MENU,
            "kind",
            "no-match"));
    assertEquals(1, delta(before, after, "ivr_escapes_total", "flow", LINE, "escape", "agent"));
  }

  private static double delta(
      MetricsScrape before, MetricsScrape after, String name, String... labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }
}
