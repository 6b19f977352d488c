package org.ivrpractice.session;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Sessions in this process's memory, as JSON strings with an expiry time. Expired entries are
 * dropped when read, and swept every {@value #SWEEP_EVERY} puts, so calls that were never closed (a
 * lost status callback) do not pile up; no scheduler is needed.
 */
public final class InMemorySessionStore implements SessionStore {

  /** Puts between two sweeps of expired entries. */
  static final int SWEEP_EVERY = 64;

  private record Entry(String json, long expiresAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger putsSinceSweep = new AtomicInteger();
  private final SessionCodec codec;
  private final long ttlNanos;
  private final LongSupplier nanoClock;

  /**
   * @param ttl how long a session lives after its last put
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public InMemorySessionStore(SessionCodec codec, Duration ttl, LongSupplier nanoClock) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the session time-to-live must be positive, not " + ttl);
    }
    this.codec = codec;
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
  }

  @Override
  public Optional<CallSession> get(String callId) {
    Entry entry = entries.get(callId);
    if (entry == null) {
      return Optional.empty();
    }
    if (expired(entry, nanoClock.getAsLong())) {
      entries.remove(callId, entry);
      return Optional.empty();
    }
    return codec.read(entry.json());
  }

  @Override
  public void put(String callId, CallSession session) {
    long now = nanoClock.getAsLong();
    entries.put(callId, new Entry(codec.write(session), now + ttlNanos));
    if (putsSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      putsSinceSweep.set(0);
      sweep(now);
    }
  }

  @Override
  public Optional<CallSession> remove(String callId) {
    Entry entry = entries.remove(callId);
    if (entry == null || expired(entry, nanoClock.getAsLong())) {
      return Optional.empty();
    }
    return codec.read(entry.json());
  }

  /** How many entries are held, expired ones not yet swept included. */
  int size() {
    return entries.size();
  }

  private void sweep(long now) {
    entries.values().removeIf(entry -> expired(entry, now));
  }

  private static boolean expired(Entry entry, long now) {
    return now - entry.expiresAtNanos() >= 0;
  }
}
