package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ivrpractice.engine.CallState;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final SessionCodec codec = new SessionCodec(new ObjectMapper());
  private final InMemorySessionStore store =
      new InMemorySessionStore(Duration.ofMinutes(30), now::get);

  private static CallSession session(String node) {
    CallState state =
        new CallState(
            "card-services",
            "verify-card",
            node,
            List.of(new CallState.Frame("card-services", "lost-verify")),
            "es-US",
            1,
            0,
            Map.of("card", "•••••••••••0005"),
            Map.of("card", "ab12"),
            7L,
            0,
            false);
    return new CallSession(state, true);
  }

  @Test
  void aSessionComesBackAsItWasStored() {
    store.put("CA1", session("card-number"));
    assertEquals(session("card-number"), store.get("CA1").orElseThrow());
  }

  @Test
  void aSessionExpiresAfterItsTimeToLiveWithoutARequest() {
    store.put("CA1", session("card-number"));
    now.addAndGet(Duration.ofMinutes(29).toNanos());
    assertTrue(store.get("CA1").isPresent());
    now.addAndGet(Duration.ofMinutes(1).toNanos());
    assertTrue(store.get("CA1").isEmpty());
    assertEquals(0, store.size(), "an expired entry is dropped when read");
  }

  @Test
  void everyPutRenewsTheTimeToLive() {
    store.put("CA1", session("a"));
    now.addAndGet(Duration.ofMinutes(20).toNanos());
    store.put("CA1", session("b"));
    now.addAndGet(Duration.ofMinutes(20).toNanos());
    assertEquals("b", store.get("CA1").orElseThrow().state().node());
  }

  @Test
  void expiredSessionsAreSweptByALaterPutWithoutBeingRead() {
    for (int i = 0; i < 10; i++) {
      store.put("old" + i, session("a"));
    }
    now.addAndGet(Duration.ofHours(1).toNanos());
    store.put("new", session("a"));
    assertEquals(1, store.size());
  }

  @Test
  void putsSweepAtMostOncePerInterval() {
    Duration interval = InMemorySessionStore.sweepInterval(Duration.ofMinutes(30));
    assertEquals(Duration.ofSeconds(30), interval);
    store.put("CA1", session("a"));
    now.addAndGet(Duration.ofMinutes(30).minusSeconds(1).toNanos());
    store.put("CA2", session("a")); // sweeps: nothing has expired yet
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    store.put("CA3", session("a")); // CA1 has expired, but the last sweep was 2 s ago
    assertEquals(3, store.size(), "no sweep within the interval");
    now.addAndGet(interval.toNanos());
    store.put("CA4", session("a"));
    assertEquals(3, store.size(), "the next sweep drops CA1, and only CA1");
    assertTrue(store.get("CA2").isPresent());
  }

  @Test
  void theSweepIntervalIsATenthOfAShortTimeToLive() {
    assertEquals(Duration.ofSeconds(6), InMemorySessionStore.sweepInterval(Duration.ofMinutes(1)));
  }

  @Test
  void removeReturnsTheSessionOnceAndForgetsIt() {
    store.put("CA1", session("a"));
    assertTrue(store.remove("CA1").isPresent());
    assertFalse(store.remove("CA1").isPresent());
    assertTrue(store.get("CA1").isEmpty());
  }

  @Test
  void anUnreadableValueReadsAsNoSession() {
    assertTrue(codec.read("{not json").isEmpty());
    assertTrue(codec.read("{\"state\": null}").isEmpty());
  }

  @Test
  void theStoredJsonHoldsNoSensitiveDigitsInClear() {
    String json = codec.write(session("card-number"));
    assertFalse(json.contains("378282246310005"));
    assertTrue(json.contains("\"sensitiveInput\":true"), json);
  }
}
