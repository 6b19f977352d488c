package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ivrpractice.engine.Ending;
import org.ivrpractice.flow.Outcome;
import org.junit.jupiter.api.Test;

class CallOutcomesTest {

  private final CallOutcomes outcomes =
      new CallOutcomes(3, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void theEngineOutcomeAndTwiliosStatusMakeOneRecord() {
    outcomes.ended(
        "CA1", "card-services", new Ending(Outcome.TRANSFERRED, "agents", "Care", 300, 3));
    outcomes.status("CA1", "completed", 42);
    CallOutcome outcome = outcomes.find("CA1").orElseThrow();
    assertEquals("transferred", outcome.outcome());
    assertEquals("agents", outcome.queue());
    assertEquals("completed", outcome.callStatus());
    assertEquals(42, outcome.durationSeconds());
  }

  @Test
  void onlyTheMostRecentCallsAreRemembered() {
    for (int i = 1; i <= 5; i++) {
      outcomes.ended("CA" + i, "hello", Ending.of(Outcome.SELF_SERVED));
    }
    assertEquals(3, outcomes.size());
    assertTrue(outcomes.find("CA2").isEmpty());
    assertEquals("CA5", outcomes.recent().get(2).callSid());
  }
}
