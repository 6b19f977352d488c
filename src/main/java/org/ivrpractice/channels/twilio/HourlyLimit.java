package org.ivrpractice.channels.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} events per key in any hour (a sliding window: the times of the last hour's
 * events are kept), for at most {@code maxKeys} keys in memory (the key used longest ago is
 * forgotten first). Not shared between instances: each counts what it placed. Not thread-safe:
 * {@link PracticeCallLimits} asks and counts under one lock.
 */
final class HourlyLimit {

  static final Duration HOUR = Duration.ofHours(1);

  private final int limit;
  private final int maxKeys;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent;

  HourlyLimit(int limit, int maxKeys, Clock clock) {
    this.limit = limit;
    this.maxKeys = maxKeys;
    this.clock = clock;
    this.recent =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > HourlyLimit.this.maxKeys;
          }
        };
  }

  /** How long until {@code key} may have another event; empty when it may now. */
  Optional<Duration> wait(String key) {
    if (limit <= 0) {
      return Optional.of(HOUR);
    }
    Deque<Instant> times = recent.get(key);
    if (times == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant windowStart = now.minus(HOUR);
    while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
      times.pollFirst();
    }
    if (times.size() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(windowStart, times.peekFirst()));
  }

  /** Counts an event of {@code key} now. */
  void record(String key) {
    recent.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(clock.instant());
  }
}
