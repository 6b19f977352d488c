package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.ivrpractice.TestClock;
import org.junit.jupiter.api.Test;

/** The sliding hour behind the practice calls' limits, on a clock the test moves. */
class HourlyLimitTest {

  private final TestClock clock = new TestClock();

  @Test
  void aKeyHasItsEventsThenWaitsUntilTheOldestIsAnHourOld() {
    HourlyLimit limit = new HourlyLimit(2, 100, clock);
    limit.record("+14155550100");
    clock.advance(Duration.ofMinutes(10));
    limit.record("+14155550100");
    assertEquals(Optional.of(Duration.ofMinutes(50)), limit.wait("+14155550100"));
    assertEquals(Optional.empty(), limit.wait("+14155550111"), "another key is not affected");
    clock.advance(Duration.ofMinutes(50));
    assertEquals(Optional.empty(), limit.wait("+14155550100"), "the first event left the hour");
  }

  @Test
  void aLimitOfNoneRefusesForAnHour() {
    assertEquals(Optional.of(Duration.ofHours(1)), new HourlyLimit(0, 100, clock).wait("x"));
  }

  @Test
  void theKeysAreBounded() {
    HourlyLimit limit = new HourlyLimit(1, 2, clock);
    limit.record("a");
    limit.record("b");
    limit.record("c");
    assertEquals(Optional.empty(), limit.wait("a"), "the least recent key was forgotten");
    assertEquals(Optional.of(Duration.ofHours(1)), limit.wait("c"));
  }
}
