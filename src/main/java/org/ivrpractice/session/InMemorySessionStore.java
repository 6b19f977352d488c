package org.ivrpractice.session;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Calls in this process's memory, with an expiry time. A record is an immutable value, so it is
 * kept as it is, not as JSON: reading and writing JSON on every request was a fifth of a webhook's
 * cost, and the object is no larger than its JSON text (a call waiting at the main menu holds
 * little of its own: its ids and texts are the flow's). {@code CallRecordCodecRoundTripTest} checks
 * that every state the bundled flows reach survives JSON, so a store in another process (Redis)
 * gives back the same.
 *
 * <p>Expired entries are dropped when read, and swept by a write at most once per {@link
 * #sweepInterval} (a tenth of the time-to-live, at most {@value #MAX_SWEEP_SECONDS} s), so calls
 * that were never closed (a lost status callback) do not pile up, no scheduler is needed, and a
 * sweep's scan of every entry is paid once per interval rather than in proportion to the traffic:
 * with 100,000 live calls, a sweep every few writes would cost more than the writes.
 *
 * <p>It holds at most {@code max} calls: a new call past it is refused ({@link StoreFull}), never a
 * call in progress evicted for it (the records of ended calls, kept for their transcript, go
 * first).
 *
 * <p>Every operation completes before it returns (the stage it gives already holds the answer), so
 * it is safe on the event loop.
 */
public final class InMemorySessionStore implements SessionStore {

  private static final Logger LOG = Logger.getLogger(InMemorySessionStore.class);

  /** Whether the store's being full is logged (once while it lasts, not once per call refused). */
  private final AtomicBoolean fullLogged = new AtomicBoolean();

  /** The longest time between two sweeps. */
  static final int MAX_SWEEP_SECONDS = 30;

  private record Entry(CallRecord record, long revision, long expiresAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep;
  private final long ttlNanos;
  private final long sweepNanos;
  private final int max;
  private final LongSupplier nanoClock;

  /**
   * @param ttl how long a record lives after its last write
   * @param max the most live calls kept: a new call past it is refused with {@link StoreFull}
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public InMemorySessionStore(Duration ttl, int max, LongSupplier nanoClock) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the session time-to-live must be positive, not " + ttl);
    }
    if (max < 1) {
      throw new IllegalArgumentException("the most live calls must be at least 1, not " + max);
    }
    this.max = max;
    this.ttlNanos = ttl.toNanos();
    this.sweepNanos = sweepInterval(ttl).toNanos();
    this.nanoClock = nanoClock;
    this.lastSweep = new AtomicLong(nanoClock.getAsLong());
  }

  @Override
  public CompletionStage<Optional<StoredCall>> get(String callId) {
    return Async.done(find(callId));
  }

  @Override
  public CompletionStage<Long> put(String callId, CallRecord record, long replaces) {
    Objects.requireNonNull(record, "record");
    long now = nanoClock.getAsLong();
    boolean newCall = !entries.containsKey(callId);
    if (newCall && full(now)) {
      if (fullLogged.compareAndSet(false, true)) {
        LOG.warnf(
            "The call store is full (%d live calls, ivr.sessions.max): new calls hear an apology"
                + " or get 503 until calls end (logged again when there is room).",
            max);
      }
      return Async.failed(new StoreFull(max));
    }
    if (newCall && fullLogged.get() && fullLogged.compareAndSet(true, false)) {
      LOG.info("The call store has room again; new calls are taken as usual.");
    }
    long[] written = {-1};
    entries.compute(
        callId,
        (id, old) -> {
          Entry live = old == null || expired(old, now) ? null : old;
          long current = live == null ? NEW : live.revision();
          if (replaces != ANY && replaces != current) {
            return old;
          }
          written[0] = live == null ? Revisions.first() : current + 1;
          return new Entry(record, written[0], now + ttlNanos);
        });
    long last = lastSweep.get();
    if (now - last >= sweepNanos && lastSweep.compareAndSet(last, now)) {
      sweep(now);
    }
    if (written[0] < 0) {
      return Async.failed(new StaleRecord(callId, replaces));
    }
    return Async.done(written[0]);
  }

  @Override
  public CompletionStage<Optional<CallRecord>> remove(String callId) {
    Entry entry = entries.remove(callId);
    if (entry == null || expired(entry, nanoClock.getAsLong())) {
      return Async.done(Optional.empty());
    }
    return Async.done(Optional.of(entry.record()));
  }

  @Override
  public CompletionStage<Void> ping() {
    return Async.done();
  }

  @Override
  public String describe() {
    return "memory";
  }

  /**
   * True when a new call would pass the bound, once expired entries are swept and, if that is not
   * enough, the records of calls that have ended (kept only so their transcript can be read) are
   * dropped.
   */
  private boolean full(long now) {
    if (entries.size() < max) {
      return false;
    }
    sweep(now);
    lastSweep.set(now);
    if (entries.size() >= max) {
      entries.values().removeIf(entry -> entry.record().state().ended());
    }
    return entries.size() >= max;
  }

  private Optional<StoredCall> find(String callId) {
    Entry entry = entries.get(callId);
    if (entry == null) {
      return Optional.empty();
    }
    if (expired(entry, nanoClock.getAsLong())) {
      entries.remove(callId, entry);
      return Optional.empty();
    }
    return Optional.of(new StoredCall(entry.record(), entry.revision()));
  }

  /** How often a write sweeps expired entries: a tenth of the time-to-live, at most 30 s. */
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
