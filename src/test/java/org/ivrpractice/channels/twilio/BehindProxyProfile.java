package org.ivrpractice.channels.twilio;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The server behind an https-to-http proxy at a public URL, with the settings of outbound practice
 * calls and Twilio's REST API replaced by a local stub.
 */
public class BehindProxyProfile implements QuarkusTestProfile {

  static final String PUBLIC_URL = "https://ivr.example.test";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "ivr.twilio.public-url", PUBLIC_URL,
        "ivr.twilio.account-sid", "AC00000000000000000000000000000000",
        "ivr.twilio.from-number", "+15555550100");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(TwilioApiStub.class));
  }
}
