package org.ivrpractice.channels.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every URL of the Twilio channel, in one place: the JAX-RS paths of the webhooks and the URLs the
 * TwiML names for Twilio's follow-up requests. The resource, the renderer and the tests all build
 * them here, so a route and the link to it cannot drift apart. Links are root-relative; Twilio
 * resolves them against the URL it requested.
 */
public final class TwilioRoutes {

  /** The resource's root path. */
  public static final String ROOT = "/twilio";

  /** Sub-paths under {@link #ROOT}, as the resource declares them. */
  public static final String VOICE = "/voice";

  public static final String VOICE_FLOW = "/voice/{flowId}";
  public static final String INPUT = "/voice/{flowId}/input";
  public static final String DIAL_RESULT = "/voice/{flowId}/dial-result";
  public static final String QUEUE_WAIT = "/voice/{flowId}/queue-wait";
  public static final String QUEUE_RESULT = "/voice/{flowId}/queue-result";
  public static final String STATUS = "/status";
  public static final String FALLBACK = "/fallback";

  /** Query parameters the channel puts in its own links. */
  public static final String LOCALE = "locale";

  public static final String SEED = "seed";
  public static final String NODE = "node";
  public static final String QUEUE = "queue";

  private TwilioRoutes() {}

  /** {@code /twilio/voice}: a new call on the default flow. */
  public static String voice() {
    return ROOT + VOICE;
  }

  /** {@code /twilio/voice/{flowId}}: a new call on a named flow. */
  public static String voice(String flowId) {
    return ROOT + VOICE + "/" + segment(flowId);
  }

  /**
   * A new call on a named flow in a given locale, with a given seed for its reference numbers
   * (either may be null).
   */
  public static String voice(String flowId, String locale, Long seed) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put(LOCALE, locale);
    query.put(SEED, seed == null ? null : seed.toString());
    return voice(flowId) + query(query);
  }

  /**
   * Where a {@code <Gather>} posts the caller's input.
   *
   * @param node where the call waits ({@code node}, or {@code flow/node} in a sub-flow): informs
   *     logs and test clients; the session, not this, decides what the input means
   */
  public static String input(String flowId, String node) {
    return voice(flowId) + "/input" + query(Map.of(NODE, node));
  }

  /** Where a {@code <Dial>} posts how the dialled call went. */
  public static String dialResult(String flowId, String locale) {
    return voice(flowId) + "/dial-result" + query(Map.of(LOCALE, locale));
  }

  /** What a caller held by {@code <Enqueue>} hears, requested again and again while they wait. */
  public static String queueWait(String flowId, String queue, String locale) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put(QUEUE, queue);
    query.put(LOCALE, locale);
    return voice(flowId) + "/queue-wait" + query(query);
  }

  /** Where an {@code <Enqueue>} posts how the caller left the queue. */
  public static String queueResult(String flowId, String locale) {
    return voice(flowId) + "/queue-result" + query(Map.of(LOCALE, locale));
  }

  /** {@code /twilio/status}: the status callback (the call ended). */
  public static String status() {
    return ROOT + STATUS;
  }

  /** {@code /twilio/fallback}: what Twilio requests when the voice webhook fails. */
  public static String fallback() {
    return ROOT + FALLBACK;
  }

  /** A root-relative link made absolute on a base URL ({@code https://ivr.example.com}). */
  public static String absolute(String baseUrl, String link) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + link;
  }

  private static String query(Map<String, String> params) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    params.forEach(
        (name, value) -> {
          if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
