package org.ivrpractice.channels.twilio;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The server as {@code bench/run} starts it: the fixed-document endpoint on. */
public class TwimlLimitOnProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("ivr.bench.limit-endpoint", "true");
  }
}
