package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.CallRecordCodec;
import org.ivrpractice.session.SessionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card number entered at a sensitive prompt is never in the logs (even at DEBUG), in the stored
 * session, or in the outcome record; the auth token is never logged either.
 */
@QuarkusTest
class SensitiveInputTest {

  private static final String CARD = "378282246310005";
  private static final String CHANNEL_LOGGER = "org.ivrpractice.channels.twilio";

  @TestHTTPResource("/")
  URI server;

  @Inject SessionStore sessions;
  @Inject CallRecordCodec codec;
  @Inject TwilioCalls calls;

  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = record.getMessage();
          Object[] params = record.getParameters();
          logged.add(params == null ? message : message + " " + List.of(params));
          if (record.getThrown() != null) {
            logged.add(String.valueOf(record.getThrown()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level before;

  @BeforeEach
  void captureLogsAtDebug() {
    Logger channel = Logger.getLogger(CHANNEL_LOGGER);
    before = channel.getLevel();
    channel.setLevel(Level.FINE);
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
    Logger.getLogger(CHANNEL_LOGGER).setLevel(before);
  }

  @Test
  void aCardNumberLeavesNoTraceInLogsSessionsOrOutcomes() throws Exception {
    String base = Webhook.base(server);
    TwilioCallClient client = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    client.call(TwilioRoutes.voice("card-services"));
    client.press("1");
    TwilioCallClient.Turn atCard = client.press("1");
    assertEquals("verify-card/card-number", TwilioCallDriver.node(atCard.gatherAction()));
    assertTrue(stored(client.callSid()).sensitiveInput());

    TwilioCallClient.Turn after = client.press(CARD + "#");
    assertTrue(
        after.heard().stream().anyMatch(s -> s.contains("Alex Rivera")), after.heard()::toString);
    String stored = codec.write(stored(client.callSid()));
    client.hangUp();

    assertTrue(
        logged.stream().anyMatch(line -> line.contains("hidden: sensitive entry")),
        "the sensitive entry was logged, hidden: " + logged);
    for (String line : logged) {
      assertFalse(line.contains(CARD) || line.contains(CARD.substring(0, 11)), line);
    }
    assertFalse(stored.contains(CARD), stored);
    assertTrue(stored.contains("0005"), "the stored session keeps the masked number: " + stored);
    String outcome = calls.outcomes().find(client.callSid()).orElseThrow().toString();
    assertFalse(outcome.contains(CARD), outcome);
  }

  @Test
  void aSpokenCardNumberIsHiddenToo() {
    String base = Webhook.base(server);
    TwilioCallClient client = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    client.call(TwilioRoutes.voice("card-services"));
    client.press("1");
    client.press("1");
    client.say("three seven eight two eight two two four six three one zero zero zero five");
    for (String line : logged) {
      assertFalse(line.contains("three seven eight"), line);
    }
  }

  @Test
  void theAuthTokenIsNeverLogged() {
    Webhook.to(server, TwilioRoutes.voice())
        .param("CallSid", "CAtoken1")
        .signature("Zm9yZ2Vk")
        .post()
        .then()
        .statusCode(403);
    assertFalse(logged.isEmpty(), "the refusal was logged");
    for (String line : logged) {
      assertFalse(line.contains(TwilioSigner.TEST_TOKEN), line);
    }
  }

  private CallRecord stored(String callSid) {
    return sessions.get(callSid).toCompletableFuture().join().orElseThrow().record();
  }
}
