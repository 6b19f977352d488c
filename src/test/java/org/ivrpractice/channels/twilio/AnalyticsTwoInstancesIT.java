package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ivrpractice.session.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seven known calls of {@code EveryChannelRecordsCallsTest}, spread over two instances of the
 * packaged server and two command-line runs, all on one Redis: the call log is the Redis Stream
 * they share, so either instance gives the same analytics, with the same counts as one instance.
 */
class AnalyticsTwoInstancesIT {

  private static final String LINE = "card-services";
  private static final String MAIN_MENU = "card-services/main-menu";
  private static final String CARD_NUMBER = "verify-card/card-number";
  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

  private static RedisServer redis;
  private static AppInstance a;
  private static AppInstance b;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startRedisAndTwoInstances() {
    redis = RedisServer.start();
    a = AppInstance.start("analytics-a", TwoInstancesIT.settingsOn(redis, Map.of()));
    b = AppInstance.start("analytics-b", TwoInstancesIT.settingsOn(redis, Map.of()));
  }

  @AfterAll
  static void stopAll() {
    for (AutoCloseable c : new AutoCloseable[] {a, b}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          // stopping: nothing more to do
        }
      }
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void callsSpreadOverTwoInstancesGiveTheSameAnalyticsOnEither(@TempDir Path dir) throws Exception {
    String since = Instant.now().minusSeconds(1).toString();
    playTwilioCalls();
    playBrowserCalls();
    String terminal = command(dir, "1\n9\n6\n3\n", "simulate", LINE);
    assertTrue(terminal.contains("upervisor"), terminal);
    String scripted = command(dir, "", "test", scenarioFolder(dir).toString());
    assertTrue(scripted.contains("1 passed, 0 failed"), scripted);

    String query = "/api/flows/" + LINE + "/analytics?since=" + since;
    JsonNode onA = json.readTree(get(a, query));
    JsonNode onB = json.readTree(get(b, query));
    assertEquals(onA, onB, "both instances read the same log");
    assertEquals(7, onA.get("calls").asInt(), onA::toPrettyString);
    assertEquals(
        json.readTree(
            "{\"self-served\":2,\"transferred\":3,\"abandoned\":2,\"hung-up\":0,\"error\":0}"),
        onA.get("outcomes"));
    assertEquals(
        json.readTree("{\"browser\":3,\"scripted\":1,\"terminal\":1,\"twilio\":2}"),
        onA.get("channels"));
    assertEquals(2.0 / 7, onA.get("containment").asDouble(), 1e-9);
    assertEquals(1, node(onA, MAIN_MENU).get("abandoned").asInt());
    assertEquals(1.0 / 7, node(onA, MAIN_MENU).get("abandonment").asDouble(), 1e-9);
    assertEquals(1, node(onA, CARD_NUMBER).get("abandoned").asInt());
    String logA = get(a, "/api/calls/log?flow=" + LINE + "&since=" + since);
    assertEquals(logA, get(b, "/api/calls/log?flow=" + LINE + "&since=" + since));
    assertEquals(7, logA.lines().count(), logA);
  }

  /** Twilio: one call to an agent, one hung up at the card prompt; requests alternate. */
  private static void playTwilioCalls() {
    TwilioCallClient toAgent = alternating();
    toAgent.call(TwilioRoutes.voice(LINE));
    toAgent.press("1");
    assertTrue(toAgent.say("agent").ended(), "transferred");
    TwilioCallClient hangsUp = alternating();
    hangsUp.call(TwilioRoutes.voice(LINE));
    hangsUp.press("1");
    assertTrue(hangsUp.press("1").heard().toString().contains("15-digit practice card number"));
    hangsUp.hangUp();
  }

  private static TwilioCallClient alternating() {
    AppInstance[] both = {a, b};
    int[] next = {0};
    return new TwilioCallClient(
        () -> both[next[0]++ % 2].base(), TwoInstancesIT.PUBLIC_URL, TwilioSigner.TEST_TOKEN);
  }

  /** The browser: priority points, a self-served lost card, a hang-up at the main menu. */
  private void playBrowserCalls() throws Exception {
    browserCall(List.of("1", "4", "378734493671000#", "3"), false);
    browserCall(List.of("1", "1", "378282246310005#", "1", "2"), false);
    browserCall(List.of("1"), true);
  }

  /** A browser call whose requests alternate between the instances. */
  private void browserCall(List<String> keys, boolean hangUp) throws Exception {
    String started = send(a, "POST", "/api/calls", "{\"flow\": \"" + LINE + "\"}");
    String id = json.readTree(started).get("callId").asText();
    AppInstance[] both = {b, a};
    int i = 0;
    for (String k : keys) {
      send(both[i++ % 2], "POST", "/api/calls/" + id + "/input", "{\"digits\": \"" + k + "\"}");
    }
    if (hangUp) {
      send(both[i % 2], "DELETE", "/api/calls/" + id, null);
    }
  }

  /**
   * A copy of the bundled flows whose only scenario is the scripted call of the one-instance test.
   */
  private static Path scenarioFolder(Path dir) throws IOException {
    Path flows = BundledFlowsCopy.into(dir.resolve("flows"));
    try (Stream<Path> files = Files.list(flows)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().endsWith(".scenarios.yaml")) {
          Files.delete(f);
        }
      }
    }
    Files.writeString(
        flows.resolve(LINE + ".scenarios.yaml"), EveryChannelRecordsCallsTest.LOST_CARD_BY_SPEECH);
    return flows;
  }

  /** Runs a command of the packaged jar on the same Redis, as a user's terminal would. */
  private static String command(Path dir, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    TwoInstancesIT.settingsOn(redis, Map.of()).forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  private static JsonNode node(JsonNode report, String id) {
    for (JsonNode n : report.get("nodes")) {
      if (n.get("node").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no node " + id + " in " + report.toPrettyString());
  }

  private String get(AppInstance app, String path) throws Exception {
    return send(app, "GET", path, null);
  }

  private String send(AppInstance app, String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.base() + path))
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(2, response.statusCode() / 100, response.statusCode() + " " + response.body());
    return response.body();
  }
}
