package org.ivrpractice.channels.twilio;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Queues with real routes (a number to dial, a Twilio queue) and a fallback number. */
public class RoutedQueuesProfile implements QuarkusTestProfile {

  static final String DESK_NUMBER = "+15555550142";
  static final String FALLBACK_NUMBER = "+15555550199";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "ivr.flows.dir", "src/test/resources/twilio-flows",
        "ivr.twilio.default-flow", "routes",
        "ivr.queues.desk.number", DESK_NUMBER,
        "ivr.queues.line.mode", "enqueue",
        "ivr.twilio.fallback-number", FALLBACK_NUMBER);
  }
}
