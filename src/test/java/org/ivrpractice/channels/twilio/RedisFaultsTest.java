package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ivrpractice.session.RedisProfile;
import org.ivrpractice.session.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped, or restarted mid-call, as callers live through it: a Twilio request still gets
 * valid TwiML with the apology in well under a second, a browser request a 503 problem, readiness
 * turns DOWN naming the store and UP again by itself, the outage is logged once, and once Redis is
 * back a new call works without a restart.
 */
@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisFaultsTest {

  @TestHTTPResource("/")
  URI server;

  private final RedisServer redis = RedisProfile.server();
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.INFO.intValue()) {
            logged.add(record.getMessage() + " " + List.of(orNone(record.getParameters())));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private static Object[] orNone(Object[] params) {
    return params == null ? new Object[0] : params;
  }

  @BeforeEach
  void captureLogs() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void redisBack() {
    Logger.getLogger("").removeHandler(capture);
    redis.resume();
  }

  private static String newCallSid() {
    return "CA" + UUID.randomUUID().toString().replace("-", "");
  }

  private TwilioCallClient caller() {
    String base = Webhook.base(server);
    return new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
  }

  @Test
  void withRedisStoppedCallersHearTheApologyQuicklyAndReadinessIsDown() {
    redis.stop();
    for (int i = 0; i < 5; i++) {
      long started = System.nanoTime();
      Response answer =
          Webhook.to(server, TwilioRoutes.voice("card-services"))
              .param("CallSid", newCallSid())
              .post();
      long millis = (System.nanoTime() - started) / 1_000_000;
      answer
          .then()
          .statusCode(200)
          .contentType(startsWith("text/xml"))
          .body(containsString("Sorry, this line is having a problem right now."))
          .body(containsString("<Hangup/>"));
      assertTrue(millis < 1000, "answered in " + millis + " ms");
    }
    given()
        .get(server.resolve("/q/health/ready"))
        .then()
        .statusCode(503)
        .body(containsString("call store"))
        .body(containsString("redis"));
    given()
        .contentType("application/json")
        .body("{\"flow\": \"hello\"}")
        .post(server.resolve("/api/calls"))
        .then()
        .statusCode(503)
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", "5")
        .body("detail", containsString("unavailable"));
    assertEquals(
        1,
        logged.stream().filter(l -> l.contains("does not answer")).count(),
        "the outage is logged once: " + logged);

    redis.resume();
    waitUntilReady();
    TwilioCallClient caller = caller();
    caller.call(TwilioRoutes.voice("hello"));
    assertTrue(caller.press("2").ended(), "a new call works once Redis is back");
    given()
        .contentType("application/json")
        .body("{\"flow\": \"hello\"}")
        .post(server.resolve("/api/calls"))
        .then()
        .statusCode(201);
    assertTrue(logged.stream().anyMatch(l -> l.contains("answers again")), logged::toString);
  }

  @Test
  void aRedisSlowerThanTheTimeoutGivesTheApologyNotAWait() {
    TwilioCallClient caller = caller();
    caller.call(TwilioRoutes.voice("card-services"));
    redis.command("CLIENT", "PAUSE", "2000", "ALL");
    long started = System.nanoTime();
    TwilioCallClient.Turn during = caller.press("1");
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(
        during.heard().contains("Sorry, this line is having a problem right now."),
        during.heard()::toString);
    assertTrue(millis < 1000, "answered in " + millis + " ms, not after Redis's pause");
    redis.command("CLIENT", "UNPAUSE");
    waitUntilReady();
  }

  @Test
  void redisRestartedMidCallGivesTheApologyAndTheNextCallWorks() {
    TwilioCallClient caller = caller();
    caller.call(TwilioRoutes.voice("card-services"));
    caller.press("1");
    redis.stop();
    TwilioCallClient.Turn during = caller.press("1");
    assertTrue(
        during.heard().contains("Sorry, this line is having a problem right now."),
        during.heard()::toString);
    assertTrue(during.ended());
    redis.resume();
    waitUntilReady();
    TwilioCallClient next = caller();
    next.call(TwilioRoutes.voice("hello"));
    assertTrue(next.press("1").ended(), "the next call works");
  }

  private void waitUntilReady() {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (given().get(server.resolve("/q/health/ready")).statusCode() == 200) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("readiness did not turn UP again after Redis came back");
  }
}
