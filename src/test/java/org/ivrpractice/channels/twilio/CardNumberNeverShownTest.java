package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ivrpractice.channels.web.BrowserApi;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.Node;
import org.ivrpractice.session.CallRecordCodec;
import org.ivrpractice.session.SessionStore;
import org.ivrpractice.testing.explore.PathFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card number typed where no card number is asked for (at every menu of card-services, as keys
 * and as words) is never shown or kept in clear: not in what the browser API answers or its
 * transcript, not in what a Twilio caller hears, not in any log line at any level, not in a stored
 * call record, not in a call's outcome.
 */
@QuarkusTest
class CardNumberNeverShownTest {

  private static final String CARD = "378282246310005";
  private static final String MASKED = "•••••••••••0005";

  @TestHTTPResource("/")
  URI server;

  @Inject FlowCatalog flows;
  @Inject SessionStore sessions;
  @Inject CallRecordCodec codec;
  @Inject TwilioCalls twilio;

  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getMessage() + " " + List.of(orNone(record.getParameters())));
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

  private static Object[] orNone(Object[] params) {
    return params == null ? new Object[0] : params;
  }

  @BeforeEach
  void captureEveryLogLevel() {
    Logger ours = Logger.getLogger("org.ivrpractice");
    before = ours.getLevel();
    ours.setLevel(Level.ALL);
    Logger.getLogger("org.ivrpractice.channels.twilio").setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
    Logger.getLogger("org.ivrpractice").setLevel(before);
    Logger.getLogger("org.ivrpractice.channels.twilio").setLevel(Level.WARNING);
  }

  /** The route to every menu of the line and its sub-flows, as the explorer finds it. */
  private List<PathFinder.Path> routesToEveryMenu(Flow line) {
    List<Flow> all = new ArrayList<>(List.of(line));
    all.addAll(line.subflows().values());
    List<PathFinder.Path> routes = new ArrayList<>();
    PathFinder finder = new PathFinder();
    for (Flow flow : all) {
      for (Node node : flow.nodes().values()) {
        if (node instanceof Node.Menu) {
          finder
              .shortest(
                  line,
                  null,
                  turn ->
                      turn.flowId().equals(flow.id())
                          && turn.nodeId().equals(node.id())
                          && turn.awaiting() instanceof Awaiting.MenuChoice)
              .ifPresent(routes::add);
        }
      }
    }
    return routes;
  }

  @Test
  void aCardNumberTypedAtEveryMenuIsMaskedEverywhereTheProductWrites() {
    Flow line = flows.line("card-services").orElseThrow();
    List<PathFinder.Path> routes = routesToEveryMenu(line);
    assertTrue(routes.size() >= 10, "menus reached: " + routes.size());
    List<String> written = new ArrayList<>();
    for (PathFinder.Path route : routes) {
      written.addAll(browserCall(route));
      written.addAll(twilioCall(route));
    }
    written.addAll(logged);
    for (String text : written) {
      assertFalse(text.contains(CARD), text);
      assertFalse(text.contains(CARD.substring(0, 11)), text);
    }
    assertTrue(
        written.stream().anyMatch(t -> t.contains("pressed " + MASKED + "#")),
        "the transcripts show the masked form");
  }

  /** A browser call along the route, then the card number pressed and said at the menu. */
  private List<String> browserCall(PathFinder.Path route) {
    List<String> seen = new ArrayList<>();
    String id = BrowserApi.start("{\"flow\": \"card-services\"}");
    for (Input input : route.inputs()) {
      seen.add(send(id, json(input)));
    }
    seen.add(send(id, "{\"digits\": \"" + CARD + "#\"}"));
    seen.add(send(id, "{\"speech\": \"my card is " + CARD + "\"}"));
    seen.add(send(id, "{\"speech\": \"3782 822463 10005\"}"));
    sessions.get(id).toCompletableFuture().join().ifPresent(s -> seen.add(codec.write(s.record())));
    seen.add(given().get(server.resolve("/api/calls/" + id)).then().extract().asString());
    seen.add(given().delete(server.resolve("/api/calls/" + id)).then().extract().asString());
    seen.add(given().get(server.resolve("/api/calls/" + id)).then().extract().asString());
    return seen;
  }

  /** The same on the phone, through the signed Twilio webhooks: the card number said. */
  private List<String> twilioCall(PathFinder.Path route) {
    String base = Webhook.base(server);
    TwilioCallClient client = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    List<String> seen = new ArrayList<>();
    seen.addAll(client.call(TwilioRoutes.voice("card-services")).heard());
    for (Input input : route.inputs()) {
      TwilioCallClient.Turn turn;
      if (input instanceof Input.Digits d) {
        turn = client.press(d.digits());
      } else if (input instanceof Input.Speech s) {
        turn = client.say(s.text());
      } else {
        turn = client.silence();
      }
      assertFalse(turn.ended(), "the route ended the call: " + route.describe());
      seen.addAll(turn.heard());
    }
    // A menu's <Gather> takes one key, so on the phone a card number reaches a menu as words.
    seen.addAll(client.say("my card is " + CARD).heard());
    seen.addAll(client.say("3782 822463 10005").heard());
    sessions
        .get(client.callSid())
        .toCompletableFuture()
        .join()
        .ifPresent(s -> seen.add(codec.write(s.record())));
    seen.addAll(client.hangUp().heard());
    Optional.ofNullable(twilio.outcomes().find(client.callSid()))
        .flatMap(o -> o)
        .ifPresent(o -> seen.add(o.toString()));
    return seen;
  }

  private static String send(String id, String body) {
    return BrowserApi.send(id, body).statusCode(200).extract().asString();
  }

  private static String json(Input input) {
    if (input instanceof Input.Digits d) {
      return "{\"digits\": \"" + d.digits() + "\"}";
    }
    if (input instanceof Input.Speech s) {
      return "{\"speech\": \"" + s.text() + "\"}";
    }
    return "{\"silence\": true}";
  }

  @Test
  void theRepro_aCardNumberAtTheMainMenuIsShownMaskedByTheApi() {
    String id =
        given()
            .contentType("application/json")
            .body("{\"flow\": \"card-services\"}")
            .post(server.resolve("/api/calls"))
            .then()
            .extract()
            .path("callId");
    send(id, "{\"digits\": \"1\"}");
    send(id, "{\"digits\": \"" + CARD + "#\"}");
    List<String> transcript =
        given()
            .get(server.resolve("/api/calls/" + id))
            .then()
            .statusCode(200)
            .extract()
            .path("transcript.text");
    assertTrue(transcript.contains("pressed " + MASKED + "#"), transcript::toString);
    assertEquals(
        0, transcript.stream().filter(t -> t.contains(CARD)).count(), transcript::toString);
  }
}
