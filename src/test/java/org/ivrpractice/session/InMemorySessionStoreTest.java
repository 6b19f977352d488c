package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The in-memory store: the contract suite with a clock the test moves, and its sweeps. */
class InMemorySessionStoreTest extends SessionStoreContract {

  private final AtomicLong now = new AtomicLong(1_000);

  @Override
  SessionStore newStore(Duration ttl) {
    return new InMemorySessionStore(ttl, now::get);
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
  void theSweepIntervalIsATenthOfAShortTimeToLive() {
    assertEquals(Duration.ofSeconds(6), InMemorySessionStore.sweepInterval(Duration.ofMinutes(1)));
  }
}
