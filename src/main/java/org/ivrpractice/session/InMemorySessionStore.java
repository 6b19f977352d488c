package org.ivrpractice.session;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Sessions in this process's memory, with an expiry time. A session is an immutable value (the
 * engine's {@link org.ivrpractice.engine.CallState} and a flag), so it is kept as it is, not as
 * JSON: reading and writing JSON on every request was a fifth of a webhook's cost, and the object
 * is no larger than its JSON text (a call waiting at the main menu holds little of its own: its ids
 * and texts are the flow's). {@code SessionCodecRoundTripTest} checks that every state the bundled
 * flows reach survives JSON, so a store in another process (Redis) gives back the same.
 *
 * <p>Expired entries are dropped when read, and swept by a put at most once per {@link
 * #sweepInterval} (a tenth of the time-to-live, at most {@value #MAX_SWEEP_SECONDS} s), so calls
 * that were never closed (a lost status callback) do not pile up, no scheduler is needed, and a
 * sweep's scan of every entry is paid once per interval rather than in proportion to the traffic:
 * with 100,000 live calls, a sweep every few puts would cost more than the puts.
 */
public final class InMemorySessionStore implements SessionStore {

  /** The longest time between two sweeps. */
  static final int MAX_SWEEP_SECONDS = 30;

  private record Entry(CallSession session, long expiresAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep;
  private final long ttlNanos;
  private final long sweepNanos;
  private final LongSupplier nanoClock;

  /**
   * @param ttl how long a session lives after its last put
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public InMemorySessionStore(Duration ttl, LongSupplier nanoClock) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the session time-to-live must be positive, not " + ttl);
    }
    this.ttlNanos = ttl.toNanos();
    this.sweepNanos = sweepInterval(ttl).toNanos();
    this.nanoClock = nanoClock;
    this.lastSweep = new AtomicLong(nanoClock.getAsLong());
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
    return Optional.of(entry.session());
  }

  @Override
  public void put(String callId, CallSession session) {
    long now = nanoClock.getAsLong();
    entries.put(callId, new Entry(Objects.requireNonNull(session, "session"), now + ttlNanos));
    long last = lastSweep.get();
    if (now - last >= sweepNanos && lastSweep.compareAndSet(last, now)) {
      sweep(now);
    }
  }

  @Override
  public Optional<CallSession> remove(String callId) {
    Entry entry = entries.remove(callId);
    if (entry == null || expired(entry, nanoClock.getAsLong())) {
      return Optional.empty();
    }
    return Optional.of(entry.session());
  }

  /** How often a put sweeps expired entries: a tenth of the time-to-live, at most 30 s. */
  static Duration sweepInterval(Duration ttl) {
    Duration tenth = ttl.dividedBy(10);
    Duration max = Duration.ofSeconds(MAX_SWEEP_SECONDS);
    return tenth.compareTo(max) < 0 ? tenth : max;
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
