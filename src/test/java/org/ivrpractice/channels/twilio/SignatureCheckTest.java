package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature check's verdicts, and the reasons it logs (never the token). */
class SignatureCheckTest {

  private static final String TOKEN = "unit-test-token-abcdef";
  private static final Map<String, String> PARAMS = Map.of("CallSid", "CA1", "Digits", "1");
  private final TwilioSigner signer = new TwilioSigner(TOKEN);

  @Test
  void aGenuineSignatureIsAccepted() {
    SignatureCheck check = new SignatureCheck(true, TOKEN, null);
    String url = "http://localhost:8081/twilio/voice?seed=7";
    assertTrue(check.check(URI.create(url), PARAMS, signer.sign(url, PARAMS)).accepted());
  }

  @Test
  void theUrlIsAcceptedWithAndWithoutItsPort() {
    SignatureCheck check = new SignatureCheck(true, TOKEN, "https://ivr.example.test");
    URI seen = URI.create("http://10.0.0.5:8080/twilio/voice");
    for (String signed :
        new String[] {
          "https://ivr.example.test/twilio/voice", "https://ivr.example.test:443/twilio/voice"
        }) {
      assertTrue(check.check(seen, PARAMS, signer.sign(signed, PARAMS)).accepted(), signed);
    }
  }

  @Test
  void thePublicUrlReplacesSchemeHostAndPortButKeepsPathAndQuery() {
    SignatureCheck check = new SignatureCheck(true, TOKEN, "https://ivr.example.test/");
    assertEquals(
        "https://ivr.example.test/twilio/voice/x/input?node=a%2Fb",
        check.signedUrl(URI.create("http://127.0.0.1:8080/twilio/voice/x/input?node=a%2Fb")));
  }

  @Test
  void aWrongOrMissingSignatureIsRejectedWithAReasonThatNeverShowsTheToken() {
    SignatureCheck check = new SignatureCheck(true, TOKEN, null);
    URI uri = URI.create("http://localhost:8081/twilio/voice");
    SignatureCheck.Verdict forged = check.check(uri, PARAMS, "bm90IGEgc2lnbmF0dXJl");
    SignatureCheck.Verdict missing = check.check(uri, PARAMS, null);
    assertFalse(forged.accepted());
    assertTrue(forged.reason().contains("does not match http://localhost:8081/twilio/voice"));
    assertFalse(missing.accepted());
    assertTrue(missing.reason().contains("no X-Twilio-Signature"));
    assertFalse(forged.reason().contains(TOKEN) || missing.reason().contains(TOKEN));
  }

  @Test
  void withValidationOnAndNoTokenEveryRequestIsRejectedAndTheReasonSaysWhatToSet() {
    SignatureCheck check = new SignatureCheck(true, null, null);
    SignatureCheck.Verdict verdict =
        check.check(URI.create("http://localhost/twilio/voice"), PARAMS, "anything");
    assertFalse(verdict.accepted());
    assertTrue(verdict.reason().contains("IVR_TWILIO_AUTH_TOKEN"), verdict.reason());
  }

  @Test
  void withValidationOffEverythingIsAcceptedAndStartUpWarns() {
    SignatureCheck check = new SignatureCheck(false, null, null);
    assertTrue(check.check(URI.create("http://x/twilio/voice"), PARAMS, null).accepted());
    assertTrue(
        check.startupWarning().orElseThrow().startsWith("Twilio signature validation is OFF"));
    assertTrue(new SignatureCheck(true, TOKEN, null).startupWarning().isEmpty());
  }
}
