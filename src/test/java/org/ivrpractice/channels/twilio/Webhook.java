package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A webhook request as Twilio would send it, built with REST Assured: form parameters in UTF-8 and
 * an {@code X-Twilio-Signature} computed by the test (not by the code under test) for the URL
 * Twilio believes it calls.
 */
final class Webhook {

  private static final RestAssuredConfig UTF8 =
      RestAssuredConfig.config()
          .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));

  private final URI server;
  private final String link;
  private final Map<String, String> params = new LinkedHashMap<>();
  private String signedUrl;
  private String signature;
  private boolean unsigned;

  private Webhook(URI server, String link) {
    this.server = server;
    this.link = link;
    this.signedUrl = base(server) + link;
  }

  /** A request to {@code link} (root-relative, from {@link TwilioRoutes}) on the test server. */
  static Webhook to(URI server, String link) {
    return new Webhook(server, link).param("AccountSid", "AC00000000000000000000000000000000");
  }

  Webhook param(String name, String value) {
    params.put(name, value);
    return this;
  }

  /** Signs for another URL than the one the request goes to (as Twilio does behind a proxy). */
  Webhook signedFor(String url) {
    this.signedUrl = url;
    return this;
  }

  Webhook signature(String value) {
    this.signature = value;
    return this;
  }

  Webhook unsigned() {
    this.unsigned = true;
    return this;
  }

  Response post() {
    // The body and URL are sent exactly as built: Twilio's signature covers the URL as requested.
    var request =
        given()
            .config(UTF8)
            .urlEncodingEnabled(false)
            .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    if (!unsigned) {
      String value =
          signature != null
              ? signature
              : new TwilioSigner(TwilioSigner.TEST_TOKEN).sign(signedUrl, params);
      request.header("X-Twilio-Signature", value);
    }
    StringJoiner body = new StringJoiner("&");
    params.forEach(
        (name, value) ->
            body.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return request.body(body.toString()).post(base(server) + link);
  }

  static String base(URI server) {
    String s = server.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
