package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets behind {@code ivr.limits.calls-per-minute}, on a clock the test moves. */
class ClientBucketsTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(1_000 * SECOND);

  @Test
  void aClientHasItsBurstThenWaitsForTheNextToken() {
    ClientBuckets buckets = new ClientBuckets(30, 100, now::get);
    for (int i = 0; i < 30; i++) {
      assertEquals(0, buckets.take("203.0.113.7"), "call " + (i + 1));
    }
    assertEquals(2, buckets.take("203.0.113.7"), "one token every 2 s");
    now.addAndGet(SECOND);
    assertEquals(1, buckets.take("203.0.113.7"));
    now.addAndGet(SECOND);
    assertEquals(0, buckets.take("203.0.113.7"));
    assertEquals(2, buckets.take("203.0.113.7"));
  }

  @Test
  void otherClientsAreNotAffected() {
    ClientBuckets buckets = new ClientBuckets(2, 100, now::get);
    buckets.take("203.0.113.7");
    buckets.take("203.0.113.7");
    assertEquals(30, buckets.take("203.0.113.7"));
    assertEquals(0, buckets.take("198.51.100.9"));
  }

  @Test
  void aBucketRefillsToItsBurstAndNoMore() {
    ClientBuckets buckets = new ClientBuckets(3, 100, now::get);
    buckets.take("a");
    now.addAndGet(3_600 * SECOND);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, buckets.take("a"));
    }
    assertEquals(20, buckets.take("a"));
  }

  @Test
  void theBucketsAreBoundedForgettingTheLeastRecentClient() {
    ClientBuckets buckets = new ClientBuckets(1, 3, now::get);
    for (int client = 0; client < 1_000; client++) {
      buckets.take("10.0." + client);
    }
    assertEquals(3, buckets.size());
    assertEquals(60, buckets.take("10.0.999"), "a recent client keeps its empty bucket");
  }
}
