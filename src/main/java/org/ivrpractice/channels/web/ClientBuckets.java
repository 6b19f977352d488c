package org.ivrpractice.channels.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code perMinute} tokens, refilled evenly over a
 * minute, and a request takes one. So a client may start {@code perMinute} calls at once, then one
 * every {@code 60 / perMinute} seconds. At most {@code maxClients} buckets are kept (the one used
 * longest ago is dropped first; a dropped client starts again with a full bucket): memory stays
 * bounded whatever the number of addresses.
 */
final class ClientBuckets {

  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final int perMinute;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets;

  /** A client's tokens as of a moment. */
  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /**
   * @param nanos the clock, in nanoseconds ({@code System::nanoTime})
   */
  ClientBuckets(int perMinute, int maxClients, LongSupplier nanos) {
    this.perMinute = perMinute;
    this.nanos = nanos;
    this.buckets =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxClients;
          }
        };
  }

  /**
   * Takes a token of {@code client}'s bucket.
   *
   * @return 0 when it had one, else how many seconds until it has (at least 1)
   */
  synchronized long take(String client) {
    if (perMinute <= 0) {
      return 60;
    }
    long now = nanos.getAsLong();
    Bucket bucket = buckets.get(client);
    if (bucket == null) {
      bucket = new Bucket(perMinute, now);
      buckets.put(client, bucket);
    } else {
      double refill = (double) (now - bucket.at) * perMinute / MINUTE_NANOS;
      bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    double missing = 1 - bucket.tokens;
    return Math.max(1, (long) Math.ceil(missing * 60 / perMinute));
  }

  /** How many clients are counted now. */
  synchronized int size() {
    return buckets.size();
  }
}
