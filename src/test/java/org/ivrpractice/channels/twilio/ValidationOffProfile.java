package org.ivrpractice.channels.twilio;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Local practice: signature validation off and no auth token. */
public class ValidationOffProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("ivr.twilio.validate-signature", "false", "ivr.twilio.auth-token", "");
  }
}
