package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An outage of the call store is logged once when it starts and once when it ends. */
class StoreHealthTest {

  private final AtomicLong now = new AtomicLong(0);
  private final StoreHealth health =
      new StoreHealth("redis", java.time.Duration.ofNanos(StoreHealth.QUIET_NANOS), now::get);
  private LogLines log;
  private List<String> logged;

  @BeforeEach
  void capture() {
    log = LogLines.of(StoreHealth.class);
    logged = log.lines();
  }

  @AfterEach
  void release() {
    log.close();
  }

  @Test
  void aThousandFailedRequestsAreOneOutageAndItsEndOneLine() {
    for (int i = 0; i < 1000; i++) {
      health.failed("connection refused");
    }
    assertEquals("connection refused", health.downReason());
    health.up();
    health.up();
    assertNull(health.downReason());
    assertEquals(2, logged.size(), logged::toString);
    assertTrue(logged.get(0).contains("does not answer"), logged::toString);
    assertTrue(logged.get(1).contains("answers again"), logged::toString);
  }

  @Test
  void anOutageThatStartsSoonAfterAnEndIsLoggedOnceItOutlastsTheQuietTime() {
    health.failed("pool busy");
    health.up();
    now.addAndGet(StoreHealth.QUIET_NANOS / 10);
    health.failed("connection refused"); // soon after the end: the same flicker, not logged yet
    assertEquals(2, logged.size(), logged::toString);
    for (int i = 0; i < 100; i++) {
      now.addAndGet(StoreHealth.QUIET_NANOS / 50);
      health.failed("connection refused");
    }
    assertEquals(3, logged.size(), "the store stayed down: " + logged);
    assertTrue(logged.get(2).contains("does not answer"), logged::toString);
    health.up();
    assertEquals(4, logged.size(), logged::toString);
    assertTrue(logged.get(3).contains("answers again"), logged::toString);
  }

  @Test
  void aStoreThatFlickersIsOneOutageUntilItHasBeenQuiet() {
    health.failed("pool busy");
    health.up();
    for (int i = 0; i < 50; i++) {
      now.addAndGet(StoreHealth.QUIET_NANOS / 100);
      health.failed("pool busy");
      health.up();
    }
    assertEquals(2, logged.size(), "one outage, one end, while it flickers: " + logged);
    now.addAndGet(StoreHealth.QUIET_NANOS);
    health.failed("timeout");
    assertEquals(3, logged.size(), "a failure after a quiet while is a new outage");
  }
}
