package org.ivrpractice.channels.twilio;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.channels.web.OperatorUsers;

/**
 * The server behind an https-to-http proxy at a public URL, with the settings of outbound practice
 * calls (on, for the operator {@link #OPERATOR}) and Twilio's REST API replaced by a local stub.
 */
public class BehindProxyProfile implements QuarkusTestProfile {

  static final String PUBLIC_URL = "https://ivr.example.test";

  /** The operator who places the practice calls, and their password. */
  static final String OPERATOR = "ops";

  static final String PASSWORD = "ops-secret";

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.putAll(
        Map.of(
            "ivr.twilio.public-url", PUBLIC_URL,
            "ivr.twilio.account-sid", "AC00000000000000000000000000000000",
            "ivr.twilio.from-number", "+15555550100",
            "ivr.practice-calls.enabled", "true",
            "ivr.practice-calls.allowed-prefixes", "+1415,+1500",
            "ivr.practice-calls.per-destination-per-hour", "20"));
    config.putAll(OperatorUsers.of().user(OPERATOR, PASSWORD, "operator").settings());
    return config;
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(TwilioApiStub.class));
  }
}
