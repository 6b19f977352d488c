package org.ivrpractice.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ivrpractice.channels.twilio.TwilioRoutes;

/**
 * Writes what the wrk script plays: the six requests of a lost-card call as Twilio sends them, and
 * a pool of calls, each a new CallSid with the {@code X-Twilio-Signature} of each of its six
 * requests (the CallSid is a signed parameter, so every request of every call has its own
 * signature).
 *
 * <p>Usage: {@code TwilioCallScript BASE_URL AUTH_TOKEN CALLS OUT_DIR}; writes {@code steps.tsv}
 * (path, text the answer must contain, body before the CallSid, body after it) and {@code
 * calls.txt} (fixed-width lines: the CallSid, then the six signatures).
 */
public final class TwilioCallScript {

  static final String FLOW = "card-services";

  /** One request of the call: the link Twilio follows, the keys pressed, what the answer holds. */
  record Request(String link, String digits, String expect) {}

  /** 1 English, 1 lost card, the card number then #, 1 standard delivery, 2 that's all. */
  static final List<Request> LOST_CARD_CALL =
      List.of(
          new Request(TwilioRoutes.voice(), null, "node=language"),
          new Request(TwilioRoutes.input(FLOW, "language"), "1", "node=main-menu"),
          new Request(TwilioRoutes.input(FLOW, "main-menu"), "1", "node=verify-card%2Fcard-number"),
          new Request(
              TwilioRoutes.input(FLOW, "verify-card/card-number"),
              EngineStepBenchmark.CARD,
              "node=lost-card%2Fdelivery-menu"),
          new Request(
              TwilioRoutes.input(FLOW, "lost-card/delivery-menu"),
              "1",
              "node=lost-card%2Fafter-ref"),
          new Request(TwilioRoutes.input(FLOW, "lost-card/after-ref"), "2", "<Hangup/>"));

  private static final String CALL_SID = "{CallSid}";

  public static void main(String[] args) throws IOException, GeneralSecurityException {
    if (args.length != 4) {
      System.err.println("usage: TwilioCallScript BASE_URL AUTH_TOKEN CALLS OUT_DIR");
      System.exit(2);
    }
    String base = args[0];
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(args[1].getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    int calls = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    Files.createDirectories(out);

    try (BufferedWriter steps = Files.newBufferedWriter(out.resolve("steps.tsv"))) {
      for (Request request : LOST_CARD_CALL) {
        String[] body = body(params(request, CALL_SID)).split("\\{CallSid\\}", -1);
        steps.write(String.join("\t", request.link(), request.expect(), body[0], body[1]));
        steps.newLine();
      }
    }
    long salt = System.nanoTime() & 0xffffffffL;
    try (BufferedWriter pool = Files.newBufferedWriter(out.resolve("calls.txt"))) {
      for (int i = 0; i < calls; i++) {
        String callSid = String.format("CA%016x%016x", salt, i);
        StringBuilder line = new StringBuilder(callSid);
        for (Request request : LOST_CARD_CALL) {
          line.append(' ').append(sign(mac, base + request.link(), params(request, callSid)));
        }
        pool.write(line.toString());
        pool.newLine();
      }
    }
  }

  /** The parameters Twilio posts to a voice webhook, and a {@code <Gather>}'s result. */
  static Map<String, String> params(Request request, String callSid) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
    p.put("ApiVersion", "2010-04-01");
    p.put("CallSid", callSid);
    p.put("CallStatus", request.digits() == null ? "ringing" : "in-progress");
    p.put("Direction", "inbound");
    for (String party : List.of("Called", "To")) {
      p.put(party, "+14155550199");
      p.put(party + "City", "SAN FRANCISCO");
      p.put(party + "Country", "US");
      p.put(party + "State", "CA");
      p.put(party + "Zip", "94105");
    }
    for (String party : List.of("Caller", "From")) {
      p.put(party, "+14155550100");
      p.put(party + "City", "OAKLAND");
      p.put(party + "Country", "US");
      p.put(party + "State", "CA");
      p.put(party + "Zip", "94607");
    }
    if (request.digits() != null) {
      p.put("Digits", request.digits());
      p.put("FinishedOnKey", request.digits().length() > 1 ? "#" : "");
      p.put("msg", "Gather End");
    }
    return p;
  }

  static String body(Map<String, String> params) {
    StringJoiner body = new StringJoiner("&");
    params.forEach(
        (name, value) ->
            body.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + (value.equals(CALL_SID)
                        ? value
                        : URLEncoder.encode(value, StandardCharsets.UTF_8))));
    return body.toString();
  }

  /**
   * Twilio's signature: base64 HMAC-SHA1 of the URL, then each parameter's name and value sorted.
   */
  static String sign(Mac mac, String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private TwilioCallScript() {}
}
