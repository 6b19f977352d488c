package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A few hundred generated malformed webhook requests (missing or garbage parameters, huge speech,
 * wrong content types, unknown flows and calls, forged signatures): never a 5xx, and every 200 is a
 * TwiML document with a {@code <Response>} root.
 */
@QuarkusTest
class MalformedWebhooksTest {

  private static final int REQUESTS = 400;

  @TestHTTPResource("/")
  URI server;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Random random = new Random(20261123);
  private final TwilioSigner signer = new TwilioSigner(TwilioSigner.TEST_TOKEN);

  @Test
  void noGeneratedRequestGetsA5xxAndEvery200IsTwiml() throws Exception {
    List<String> callSids = startSomeCalls();
    List<String> problems = new ArrayList<>();
    int ok = 0;
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (int i = 0; i < REQUESTS; i++) {
      String link = link();
      Map<String, String> params = params(callSids);
      String contentType = contentType();
      HttpResponse<String> response = send(link, params, contentType);
      statuses.merge(response.statusCode(), 1, Integer::sum);
      String what = "#" + i + " POST " + link + " (" + contentType + ") " + params.keySet();
      if (response.statusCode() >= 500) {
        problems.add(what + " -> " + response.statusCode() + ": " + abbreviate(response.body()));
      } else if (response.statusCode() == 200) {
        ok++;
        try {
          Document doc = TwilioHttp.parse(response.body());
          if (!doc.getDocumentElement().getTagName().equals("Response")) {
            problems.add(what + " -> 200 without <Response>: " + abbreviate(response.body()));
          }
        } catch (AssertionError e) {
          problems.add(what + " -> 200 but not XML: " + abbreviate(response.body()));
        }
      }
    }
    System.out.println("Malformed webhook requests, answers by status: " + statuses);
    assertEquals(List.of(), problems);
    assertTrue(ok > REQUESTS / 3, "many requests should reach the webhooks: " + statuses);
  }

  private List<String> startSomeCalls() throws Exception {
    List<String> sids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String sid = "CAmalformed" + i;
      send(
          TwilioRoutes.voice(i % 2 == 0 ? "card-services" : "hello"),
          Map.of("CallSid", sid),
          "application/x-www-form-urlencoded");
      sids.add(sid);
    }
    return sids;
  }

  private String link() {
    String flow =
        pick("card-services", "hello", "verify-card", "no-such-flow", "%2e%2e", "x".repeat(300));
    return switch (random.nextInt(10)) {
      case 0 -> TwilioRoutes.voice();
      case 1 -> "/twilio/voice/" + flow;
      case 2, 3, 4 ->
          "/twilio/voice/" + flow + "/input" + pick("", "?node=main", "?node=%25zz", "?node=");
      case 5 -> "/twilio/voice/" + flow + "/dial-result?locale=" + pick("en-US", "xx", "");
      case 6 ->
          "/twilio/voice/"
              + flow
              + "/queue-wait?queue="
              + pick("agents", "nope", "")
              + "&locale=es-US";
      case 7 -> "/twilio/voice/" + flow + "/queue-result" + pick("", "?locale=es-US");
      case 8 -> TwilioRoutes.status();
      default -> pick(TwilioRoutes.fallback(), "/twilio/nothing-here", "/twilio/voice/a/b/c/d");
    };
  }

  private Map<String, String> params(List<String> callSids) {
    Map<String, String> params = new LinkedHashMap<>();
    if (random.nextInt(8) != 0) {
      String known = callSids.get(random.nextInt(callSids.size()));
      params.put(
          "CallSid",
          random.nextInt(4) == 0
              ? pick("", "CA'; DROP TABLE", "C".repeat(5000), "CA\u0000x")
              : pick(known, known, "CAunknown" + random.nextInt(1000)));
    }
    if (random.nextBoolean()) {
      params.put(
          "Digits",
          pick(
              "1",
              "2",
              "0",
              "*",
              "#",
              "",
              "abc",
              "12345678901234567890",
              "١٢٣",
              "9".repeat(10_000),
              "1\n2",
              "-1",
              "<Say>hi</Say>"));
    }
    if (random.nextInt(3) == 0) {
      params.put(
          "SpeechResult",
          pick(
              "agent",
              "",
              "ünïcödé ñ",
              "a".repeat(100_000),
              "\u0007\u0000",
              "]]></Say><Hangup/>",
              "one two three"));
    }
    if (random.nextInt(4) == 0) {
      params.put(
          pick(
              "DialCallStatus",
              "QueueResult",
              "CallStatus",
              "QueuePosition",
              "AvgQueueTime",
              "CallDuration"),
          pick("completed", "no-answer", "busy", "", "-5", "999999999999", "null"));
    }
    return params;
  }

  private String contentType() {
    return random.nextInt(6) == 0
        ? pick("application/json", "text/plain", "multipart/form-data; boundary=x", "", "text/xml")
        : "application/x-www-form-urlencoded";
  }

  private HttpResponse<String> send(String link, Map<String, String> params, String contentType)
      throws Exception {
    String url = Webhook.base(server) + link;
    StringJoiner body = new StringJoiner("&");
    params.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    switch (random.nextInt(10)) {
      case 0 -> {} // unsigned
      case 1 -> request.header("X-Twilio-Signature", "forged==");
      default -> request.header("X-Twilio-Signature", signer.sign(url, params));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
