package org.ivrpractice.channels.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests as Twilio does, written from Twilio's description and independent of the code
 * under test (and of twilio-java): base64 of the HMAC-SHA1, keyed with the auth token, of the full
 * URL followed by each POST parameter's name and value, sorted by name.
 */
final class TwilioSigner {

  /** The auth token of the %test profile. */
  static final String TEST_TOKEN = "test-auth-token-0123456789";

  private final String authToken;

  TwilioSigner(String authToken) {
    this.authToken = authToken;
  }

  String sign(String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      byte[] digest = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA1", e);
    }
  }
}
