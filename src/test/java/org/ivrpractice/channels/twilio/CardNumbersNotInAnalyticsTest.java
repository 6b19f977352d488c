package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.ivrpractice.testing.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * Practice card numbers typed and spoken at the card-number prompt, on every channel (and numbers
 * that fail the check or are no practice card), leave no trace in what analytics shows: not in the
 * metrics, not in the call log, not in the line's analytics, neither as digits nor as the words
 * that spoke them.
 */
@QuarkusTest
class CardNumbersNotInAnalyticsTest {

  private static final String LINE = "card-services";
  private static final Pattern CARD = Pattern.compile("number: \"(\\d{15})\"");
  private static final String[] WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  @TestHTTPResource("/")
  URI server;

  @Inject FlowCatalog flows;
  @Inject CallAnalytics analytics;

  @Test
  void noCardNumberReachesTheMetricsTheCallLogOrTheAnalytics() throws IOException {
    List<String> cards = practiceCards();
    assertTrue(cards.size() >= 4, cards::toString);
    List<String> typed = new ArrayList<>(cards);
    typed.add("378282246310006"); // fails the Luhn check
    typed.add("374210000000003"); // passes it, but is no practice card
    long since = System.currentTimeMillis();

    for (String card : typed) {
      twilioKeys(card);
      browser("{\"digits\": \"" + card + "#\"}");
    }
    twilioSpeech(spoken(cards.get(0)));
    browser("{\"speech\": \"" + spoken(cards.get(1)) + "\"}");
    browser("{\"speech\": \"my card is " + cards.get(2) + "\"}");
    terminal("1\n1\n" + cards.get(3) + "#\nhangup\n");
    terminal("1\n1\nsay " + spoken(cards.get(0)) + "\nhangup\n");
    scripted(cards.get(1), spoken(cards.get(2)));

    String log = given().get("/api/calls/log").then().statusCode(200).extract().asString();
    String report =
        given()
            .queryParam("since", since)
            .get("/api/flows/" + LINE + "/analytics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String metrics = MetricsScrape.now().text();
    assertTrue(
        given()
                .queryParam("since", since)
                .get("/api/flows/" + LINE + "/analytics")
                .then()
                .extract()
                .<Integer>path("calls")
            >= 2 * typed.size() + 5,
        report);
    assertTrue(log.contains("verify-card/card-number"), "the calls reached the card prompt");
    for (String card : typed) {
      for (Map.Entry<String, String> shown :
          Map.of("the call log", log, "the analytics", report, "the metrics", metrics).entrySet()) {
        String text = shown.getValue().toLowerCase(Locale.ROOT);
        assertFalse(text.contains(card), card + " in " + shown.getKey());
        assertFalse(text.contains(spoken(card)), card + " spoken, in " + shown.getKey());
        assertFalse(
            text.contains(spoken(card.substring(0, 6))), card + "'s words in " + shown.getKey());
      }
    }
  }

  /** The practice data's card numbers. */
  private static List<String> practiceCards() throws IOException {
    Matcher m = CARD.matcher(Files.readString(Path.of("ivr-flows/practice.data.yaml")));
    List<String> cards = new ArrayList<>();
    while (m.find()) {
      cards.add(m.group(1));
    }
    return cards;
  }

  private static String spoken(String digits) {
    List<String> words = new ArrayList<>();
    digits.chars().forEach(c -> words.add(WORDS[c - '0']));
    return String.join(" ", words);
  }

  /** Twilio: lost card, the number pressed, then the caller hangs up. */
  private void twilioKeys(String card) {
    TwilioCallClient call = phone();
    call.press(card + "#");
    if (!call.press("1").ended()) {
      call.hangUp();
    }
  }

  private void twilioSpeech(String words) {
    TwilioCallClient call = phone();
    call.say(words);
    call.hangUp();
  }

  private TwilioCallClient phone() {
    String base = server.toString();
    TwilioCallClient call = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    call.call("/twilio/voice/" + LINE);
    call.press("1");
    call.press("1");
    return call;
  }

  /** Browser: lost card, this input at the card prompt, then the caller hangs up. */
  private static void browser(String atTheCardPrompt) {
    String id = BrowserApi.start("{\"flow\": \"" + LINE + "\"}");
    BrowserApi.press(id, "1");
    BrowserApi.press(id, "1");
    BrowserApi.send(id, atTheCardPrompt).statusCode(200);
    given().delete("/api/calls/" + id).then().statusCode(200);
  }

  private void terminal(String typed) throws IOException {
    new TerminalSimulator(new Engine(SavedRecords.inMemory()), analytics)
        .run(
            flows.line(LINE).orElseThrow(),
            null,
            null,
            1,
            TerminalSimulator.LineSource.of(new BufferedReader(new StringReader(typed))),
            new PrintWriter(new StringWriter()));
  }

  private void scripted(String keys, String words) {
    String yaml =
        """
        flow: card-services
        scenarios:
          - name: keys
            steps: [{press: "1"}, {press: "1"}, {press: "%s#"}, hangup]
          - name: words
            steps: [{press: "1"}, {press: "1"}, {say: "%s"}, hangup]
        """
            .formatted(keys, words);
    Map<String, Flow> lines = Map.of(LINE, flows.line(LINE).orElseThrow());
    Problems problems = new Problems();
    ScenarioFile file = new ScenarioReader(lines).read(LINE + ".scenarios.yaml", yaml, problems);
    assertTrue(problems.isEmpty(), () -> Problems.report(problems.sorted()));
    ScenarioRunner runner =
        new ScenarioRunner(new EngineDriver(lines, turn -> {}, new ScriptedCalls(analytics)));
    file.scenarios().forEach(s -> assertEquals(true, runner.run(file, s).passed(), s.name()));
  }
}
