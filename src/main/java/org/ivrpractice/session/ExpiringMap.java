package org.ivrpractice.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Values kept in this process for a time-to-live after they were last put, at most {@code max} of
 * them. Every value lives equally long, so the one put longest ago expires first: they are kept in
 * the order they were put (a value put again moves to the end), and past the bound the oldest is
 * forgotten, in constant time. Thread-safe.
 */
final class ExpiringMap<V> {

  private record Entry<V>(V value, long expiresAtNanos) {}

  private final LinkedHashMap<String, Entry<V>> entries;
  private final long ttlNanos;
  private final LongSupplier nanoClock;

  ExpiringMap(Duration ttl, int max, LongSupplier nanoClock) {
    int bound = Math.max(1, max);
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
            return size() > bound;
          }
        };
  }

  /** Keeps a value for the time-to-live from now (put again: it now expires last). */
  void put(String key, V value) {
    Entry<V> entry = new Entry<>(value, nanoClock.getAsLong() + ttlNanos);
    synchronized (entries) {
      entries.remove(key);
      entries.put(key, entry);
    }
  }

  /** The value, unless it has expired or was forgotten past the bound. */
  Optional<V> get(String key) {
    synchronized (entries) {
      Entry<V> entry = entries.get(key);
      if (entry != null && nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
        entries.remove(key);
        entry = null;
      }
      return Optional.ofNullable(entry).map(Entry::value);
    }
  }
}
