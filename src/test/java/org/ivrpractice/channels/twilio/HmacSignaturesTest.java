package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.security.RequestValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our signature check accepts and refuses exactly what twilio-java's {@code RequestValidator} does:
 * both decide on the same generated requests (schemes, hosts, ports present, default or absent,
 * paths and queries with encoded, raw and non-ASCII characters, fragments, parameters empty,
 * missing, repeated in name case, non-ASCII, signatures right for either form of the URL, for
 * another URL or other parameters, tampered, truncated, empty or missing).
 */
class HmacSignaturesTest {

  private static final int REQUESTS = 30_000;
  private static final String[] TOKENS = {
    "test-auth-token-0123456789", "0123456789abcdef", "tökén"
  };
  private static final String[] SCHEMES = {"https", "http", "https", "HTTPS", "ftp"};
  private static final String[] HOSTS = {
    "ivr.example.test",
    "abc123.ngrok.app",
    "127.0.0.1",
    "[::1]",
    "user:pw@host.example",
    "xn--bcher-kva.example"
  };
  private static final String[] PORTS = {"", "", ":443", ":80", ":8080", ":18089", ":0"};
  private static final String[] PATHS = {
    "/twilio/voice",
    "/twilio/voice/card-services/input",
    "/twilio/voice/card%20services/input",
    "/twilio/voice/a%2Fb",
    "/twilio/voice/ü",
    "/twilio/voice/%C3%BC",
    "/twilio/voice/a b",
    "/twilio/voice/a+b",
    "/twilio/status/",
    "",
    "//twilio//voice",
    "/twilio/%25/voice"
  };
  private static final String[] QUERIES = {
    "",
    "?node=main",
    "?node=lost-card%2Fread-ref&locale=es-US",
    "?a=1&b=2",
    "?a=&b",
    "?q=a%20b+c",
    "?q=ü",
    "?q=%3D%26",
    "?",
    "?node=main#frag",
    "#only-fragment"
  };
  private static final String[] NAMES = {
    "CallSid",
    "Digits",
    "From",
    "To",
    "SpeechResult",
    "AccountSid",
    "a",
    "A",
    "Z",
    "ü",
    "",
    "digits"
  };
  private static final String[] VALUES = {
    "CA0123456789abcdef0123456789abcdef",
    "1",
    "378282246310005#",
    "+14155550100",
    "",
    "I lost my card",
    "ñandú 😀",
    "a+b%20c",
    "line\nbreak",
    "  padded  ",
    "=&?"
  };

  @Test
  void acceptsAndRefusesExactlyWhatTwilioJavaDoesOnGeneratedRequests() {
    Random random = new Random(20261201);
    int accepted = 0;
    int refused = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String token = TOKENS[i % TOKENS.length];
      RequestValidator theirs = new RequestValidator(token);
      HmacSignatures ours = new HmacSignatures(token);
      String url =
          pick(random, SCHEMES)
              + "://"
              + pick(random, HOSTS)
              + pick(random, PORTS)
              + pick(random, PATHS)
              + pick(random, QUERIES);
      Map<String, String> params = params(random);
      String signature = signature(random, token, url, params);
      boolean expected = theirs.validate(url, params, signature);
      boolean actual = ours.validate(url, params, signature);
      if (expected != actual) {
        disagreements.add(url + " " + params + " " + signature + ": twilio-java " + expected);
      }
      if (expected) {
        accepted++;
      } else {
        refused++;
      }
    }
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())));
    assertTrue(accepted > REQUESTS / 4, "accepted " + accepted);
    assertTrue(refused > REQUESTS / 4, "refused " + refused);
  }

  @Test
  void aSignatureForTheUrlWithOrWithoutItsDefaultPortIsAccepted() {
    String token = TwilioSigner.TEST_TOKEN;
    HmacSignatures ours = new HmacSignatures(token);
    Map<String, String> params = Map.of("CallSid", "CA1", "Digits", "1");
    String signed =
        new TwilioSigner(token).sign("https://ivr.example.test:443/twilio/voice", params);
    assertTrue(ours.validate("https://ivr.example.test/twilio/voice", params, signed));
    assertTrue(ours.validate("https://ivr.example.test:443/twilio/voice", params, signed));
    assertTrue(
        !ours.validate("https://ivr.example.test/twilio/voice", Map.of("CallSid", "CA1"), signed));
  }

  private static Map<String, String> params(Random random) {
    Map<String, String> params = random.nextBoolean() ? new LinkedHashMap<>() : new HashMap<>();
    int count = random.nextInt(7);
    for (int i = 0; i < count; i++) {
      params.put(pick(random, NAMES), random.nextInt(12) == 0 ? null : pick(random, VALUES));
    }
    return params;
  }

  /** Right for one form of the URL, or for something else, or broken. */
  private static String signature(
      Random random, String token, String url, Map<String, String> params) {
    TwilioSigner signer = new TwilioSigner(token);
    Map<String, String> other = new HashMap<>(params);
    other.put("Digits", "9");
    switch (random.nextInt(10)) {
      case 0, 1, 2:
        return signer.sign(HmacSignatures.addPort(url), params);
      case 3, 4, 5:
        return signer.sign(HmacSignatures.removePort(url), params);
      case 6:
        return signer.sign(url.replaceFirst("^https?", "http"), params);
      case 7:
        return signer.sign(url, other);
      case 8:
        String s = signer.sign(url, params);
        return random.nextBoolean() ? s.substring(1) : "x" + s.substring(1);
      default:
        return new String[] {null, "", " ", "not-a-signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="}
            [random.nextInt(5)];
    }
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }
}
