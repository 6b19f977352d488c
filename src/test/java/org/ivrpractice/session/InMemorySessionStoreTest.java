package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The in-memory store: the contract suite with a clock the test moves, and its sweeps. */
class InMemorySessionStoreTest extends SessionStoreContract {

  private final AtomicLong now = new AtomicLong(1_000);

  @Override
  SessionStore newStore(Duration ttl) {
    return new InMemorySessionStore(ttl, 100_000, now::get);
  }

  @Override
  void elapse(Duration time) {
    now.addAndGet(time.toNanos());
  }

  private InMemorySessionStore memory(Duration ttl) {
    return (InMemorySessionStore) newStore(ttl);
  }

  @Test
  void anExpiredEntryIsDroppedWhenRead() {
    InMemorySessionStore store = memory(Duration.ofMinutes(30));
    done(store.put("CA1", twilioCall("card-number"), SessionStore.NEW));
    elapse(Duration.ofMinutes(30));
    assertTrue(done(store.get("CA1")).isEmpty());
    assertEquals(0, store.size(), "an expired entry is dropped when read");
  }

  @Test
  void expiredSessionsAreSweptByALaterPutWithoutBeingRead() {
    InMemorySessionStore store = memory(Duration.ofMinutes(30));
    for (int i = 0; i < 10; i++) {
      done(store.put("old" + i, twilioCall("a"), SessionStore.NEW));
    }
    elapse(Duration.ofHours(1));
    done(store.put("new", twilioCall("a"), SessionStore.NEW));
    assertEquals(1, store.size());
  }

  @Test
  void putsSweepAtMostOncePerInterval() {
    InMemorySessionStore store = memory(Duration.ofMinutes(30));
    Duration interval = InMemorySessionStore.sweepInterval(Duration.ofMinutes(30));
    assertEquals(Duration.ofSeconds(30), interval);
    done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    elapse(Duration.ofMinutes(30).minusSeconds(1));
    done(store.put("CA2", twilioCall("a"), SessionStore.NEW)); // sweeps: nothing has expired yet
    elapse(Duration.ofSeconds(2));
    // CA1 has expired, but the last sweep was 2 s ago
    done(store.put("CA3", twilioCall("a"), SessionStore.NEW));
    assertEquals(3, store.size(), "no sweep within the interval");
    elapse(interval);
    done(store.put("CA4", twilioCall("a"), SessionStore.NEW));
    assertEquals(3, store.size(), "the next sweep drops CA1, and only CA1");
    assertTrue(done(store.get("CA2")).isPresent());
  }

  @Test
  void pastItsBoundANewCallIsRefusedAndNoCallInProgressIsEvicted() {
    InMemorySessionStore store = new InMemorySessionStore(Duration.ofMinutes(30), 3, now::get);
    long first = done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    done(store.put("CA2", twilioCall("a"), SessionStore.NEW));
    done(store.put("CA3", twilioCall("a"), SessionStore.NEW));
    List<String> logged;
    try (LogLines log = LogLines.of(InMemorySessionStore.class)) {
      logged = log.lines();
      for (int i = 0; i < 3; i++) {
        assertThrows(
            StoreFull.class, () -> done(store.put("CA4", twilioCall("a"), SessionStore.NEW)));
      }
      assertTrue(done(store.get("CA1")).isPresent(), "no call in progress is evicted");
      done(store.put("CA1", twilioCall("b"), first));
      assertEquals("b", done(store.get("CA1")).orElseThrow().record().state().node());
      done(store.remove("CA2"));
      done(store.put("CA4", twilioCall("a"), SessionStore.NEW));
    }
    assertEquals(2, logged.size(), "full once for three calls refused, then room: " + logged);
    assertTrue(logged.get(0).contains("is full"), logged::toString);
    assertTrue(logged.get(1).contains("room again"), logged::toString);
  }

  @Test
  void endedCallsMakeRoomForNewOnesWhenTheStoreIsFull() {
    InMemorySessionStore store = new InMemorySessionStore(Duration.ofMinutes(30), 2, now::get);
    CallRecord live = twilioCall("a");
    CallRecord ended =
        CallRecord.twilio(
            null,
            new org.ivrpractice.engine.CallState(
                "hello",
                "hello",
                "joke",
                java.util.List.of(),
                "en-US",
                0,
                0,
                java.util.Map.of(),
                java.util.Map.of(),
                1L,
                0,
                true),
            false);
    done(store.put("CA1", live, SessionStore.NEW));
    done(store.put("CA2", ended, SessionStore.NEW));
    done(store.put("CA3", twilioCall("b"), SessionStore.NEW));
    assertTrue(done(store.get("CA1")).isPresent(), "the live call stays");
    assertTrue(done(store.get("CA2")).isEmpty(), "the ended call made room");
  }

  @Test
  void expiredCallsDoNotCountTowardsTheBound() {
    InMemorySessionStore store = new InMemorySessionStore(Duration.ofMinutes(1), 2, now::get);
    done(store.put("CA1", twilioCall("a"), SessionStore.NEW));
    done(store.put("CA2", twilioCall("a"), SessionStore.NEW));
    elapse(Duration.ofMinutes(2));
    done(store.put("CA3", twilioCall("a"), SessionStore.NEW));
    assertEquals(1, store.size());
  }

  @Test
  void theSweepIntervalIsATenthOfAShortTimeToLive() {
    assertEquals(Duration.ofSeconds(6), InMemorySessionStore.sweepInterval(Duration.ofMinutes(1)));
  }
}
