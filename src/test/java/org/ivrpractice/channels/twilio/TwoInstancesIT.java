package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ivrpractice.session.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged server and one real Redis, as {@code docker-compose.yml} runs them
 * behind a load balancer without sticky sessions: every request of a call may reach either
 * instance, and a call survives an instance that dies.
 */
class TwoInstancesIT {

  static final String PUBLIC_URL = "https://ivr.example.test";
  private static final String CARD = "378282246310005";

  private static RedisServer redis;
  private static AppInstance a;
  private static AppInstance b;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startRedisAndTwoInstances() {
    redis = RedisServer.start();
    a = AppInstance.start("instance-a", settingsOf());
    b = AppInstance.start("instance-b", settingsOf());
  }

  @AfterAll
  static void stopAll() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  /** Each request to the next instance in turn, skipping one that is down. */
  private static Supplier<String> roundRobin(AppInstance... instances) {
    AtomicInteger next = new AtomicInteger();
    return () -> {
      for (int tries = 0; tries < instances.length; tries++) {
        AppInstance app = instances[Math.floorMod(next.getAndIncrement(), instances.length)];
        if (app.status("/q/health/live") == 200) {
          return app.base();
        }
      }
      throw new AssertionError("no instance is up");
    };
  }

  /** The lost-card call of the guides, start to end, and everything the caller heard. */
  private static List<String> lostCardCall(TwilioCallClient caller) {
    List<String> heard = new ArrayList<>();
    heard.addAll(caller.call(TwilioRoutes.voice("card-services", null, 7L)).heard());
    TwilioCallClient.Turn turn = null;
    for (String keys : List.of("1", "1", CARD + "#", "1", "2")) {
      turn = caller.press(keys);
      heard.addAll(turn.heard());
    }
    assertTrue(turn.ended(), "the call ends with a goodbye: " + heard);
    return heard;
  }

  @Test
  void anInstanceOnRedisStartsWithoutAWarning() {
    for (AppInstance app : List.of(a, b)) {
      List<String> startLog = app.startLog();
      assertTrue(
          startLog.stream().anyMatch(line -> line.contains("started in")),
          String.join("\n", startLog));
      assertEquals(
          List.of(),
          startLog.stream().filter(line -> line.matches(".*\\b(WARN|ERROR)\\b.*")).toList());
    }
  }

  @Test
  void aTwilioCallWhoseRequestsAlternateHasTheSameTranscriptAsOnOneInstance() {
    List<String> onOne =
        lostCardCall(new TwilioCallClient(a::base, PUBLIC_URL, TwilioSigner.TEST_TOKEN));
    List<String> alternating =
        lostCardCall(new TwilioCallClient(roundRobin(a, b), PUBLIC_URL, TwilioSigner.TEST_TOKEN));
    assertEquals(onOne, alternating);
    assertTrue(
        alternating.stream().anyMatch(s -> s.contains("reference number")), alternating::toString);
    assertFalse(
        alternating.stream().anyMatch(s -> s.contains("lost track")), alternating::toString);
  }

  @Test
  void aReferenceReadOutThroughOneInstanceIsFoundThroughTheOtherInEnglishAndSpanish() {
    TwilioCallClient first = new TwilioCallClient(a::base, PUBLIC_URL, TwilioSigner.TEST_TOKEN);
    List<String> heard = new ArrayList<>(first.call(TwilioRoutes.voice("card-services")).heard());
    for (String keys : List.of("2", "1", CARD + "#", "2")) {
      heard.addAll(first.press(keys).heard());
    }
    Matcher m =
        Pattern.compile("número de referencia es ((?:\\d ){7}\\d)")
            .matcher(String.join(" ", heard));
    assertTrue(m.find(), heard::toString);
    String ref = m.group(1).replace(" ", "");
    for (String[] language :
        new String[][] {
          {"1", "I found your replacement card order, with expedited delivery."},
          {"2", "Encontré su pedido de tarjeta de reemplazo, con envío urgente."}
        }) {
      TwilioCallClient later = new TwilioCallClient(b::base, PUBLIC_URL, TwilioSigner.TEST_TOKEN);
      List<String> followUp =
          new ArrayList<>(later.call(TwilioRoutes.voice("card-services")).heard());
      for (String keys : List.of(language[0], "5", ref)) {
        followUp.addAll(later.press(keys).heard());
      }
      assertTrue(followUp.stream().anyMatch(s -> s.contains(language[1])), followUp::toString);
    }
  }

  @Test
  void aBrowserCallStartedOnOneInstanceContinuesOnTheOther() throws Exception {
    String started = post(a, "/api/calls", "{\"flow\": \"card-services\"}");
    String id = field(started, "callId");
    post(b, "/api/calls/" + id + "/input", "{\"digits\": \"1\"}");
    String turn = post(a, "/api/calls/" + id + "/input", "{\"speech\": \"I lost my card\"}");
    assertTrue(turn.contains("verify-card/card-number"), turn);
    String transcript = get(b, "/api/calls/" + id);
    assertTrue(transcript.contains("pressed 1"), transcript);
    assertTrue(transcript.contains("said \\\"I lost my card\\\""), transcript);
  }

  @Test
  void anInstanceKilledMidCallLosesNoCall() {
    AppInstance doomed = AppInstance.start("instance-c", settingsOf());
    try {
      TwilioCallClient caller =
          new TwilioCallClient(roundRobin(doomed, b), PUBLIC_URL, TwilioSigner.TEST_TOKEN);
      List<String> heard = new ArrayList<>();
      heard.addAll(caller.call(TwilioRoutes.voice("card-services", null, 7L)).heard());
      heard.addAll(caller.press("1").heard());
      doomed.kill();
      for (String keys : List.of("1", CARD + "#", "1", "2")) {
        TwilioCallClient.Turn turn = caller.press(keys);
        heard.addAll(turn.heard());
      }
      assertFalse(heard.stream().anyMatch(s -> s.contains("lost track")), heard::toString);
      assertTrue(heard.stream().anyMatch(s -> s.contains("reference number")), heard::toString);
    } finally {
      doomed.close();
    }
  }

  @Test
  void redisRestartedMidCallGivesTheApologyAndTheNextCallWorks() {
    TwilioCallClient caller =
        new TwilioCallClient(roundRobin(a, b), PUBLIC_URL, TwilioSigner.TEST_TOKEN);
    caller.call(TwilioRoutes.voice("card-services", null, 7L));
    caller.press("1");
    redis.stop();
    try {
      TwilioCallClient.Turn during = caller.press("1");
      assertTrue(
          during.heard().contains("Sorry, this line is having a problem right now."),
          during.heard()::toString);
    } finally {
      redis.resume();
    }
    waitUntilReady(a);
    waitUntilReady(b);
    List<String> next =
        lostCardCall(new TwilioCallClient(roundRobin(b, a), PUBLIC_URL, TwilioSigner.TEST_TOKEN));
    assertTrue(next.stream().anyMatch(s -> s.contains("reference number")), next::toString);
  }

  private static Map<String, String> settingsOf() {
    return settingsOn(redis, Map.of());
  }

  /**
   * An instance's settings on this Redis, signed for {@link #PUBLIC_URL}, with {@code more} (an
   * instance's own flows folder, say).
   */
  static Map<String, String> settingsOn(RedisServer redis, Map<String, String> more) {
    Map<String, String> settings =
        new java.util.HashMap<>(
            Map.of(
                "ivr.sessions.store",
                "redis",
                "quarkus.redis.hosts",
                redis.url(),
                "ivr.twilio.auth-token",
                TwilioSigner.TEST_TOKEN,
                "ivr.twilio.public-url",
                PUBLIC_URL));
    settings.putAll(more);
    return Map.copyOf(settings);
  }

  private static void waitUntilReady(AppInstance app) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (app.status("/q/health/ready") != 200) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not ready again after Redis came back:\n" + app.log());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private String post(AppInstance app, String path, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(app.base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
    return response.body();
  }

  private String get(AppInstance app, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(app.base() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    assertTrue(m.find(), json);
    return m.group(1);
  }
}
