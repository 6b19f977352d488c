package org.ivrpractice.session;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Whether the call store answers, as its last operations saw it. An outage is logged once when it
 * starts and once when it ends, not once per request: a store that is down for a minute under load
 * would otherwise write thousands of identical lines. A store that flickers (some requests
 * answered, some not) writes at most one outage and its end per quiet time (10 s by default): a
 * failure that soon after the last "answers again" is the same outage going on.
 */
public final class StoreHealth {

  private static final Logger LOG = Logger.getLogger(StoreHealth.class);

  /** After an outage's end is logged, how long a new failure is counted as the same outage. */
  static final long QUIET_NANOS = 10_000_000_000L;

  private final long quietNanos;

  private final String store;
  private final LongSupplier nanoClock;
  private final AtomicReference<String> down = new AtomicReference<>();
  private final AtomicBoolean outageLogged = new AtomicBoolean();
  private volatile long endLoggedAt;

  /**
   * @param store the store's name in the log and on {@code /q/health/ready}
   */
  public StoreHealth(String store) {
    this(store, java.time.Duration.ofNanos(QUIET_NANOS), System::nanoTime);
  }

  /**
   * @param quiet after an outage's end, how long a new failure counts as the same outage
   */
  public StoreHealth(String store, java.time.Duration quiet) {
    this(store, quiet, System::nanoTime);
  }

  StoreHealth(String store, java.time.Duration quiet, LongSupplier nanoClock) {
    this.store = store;
    this.nanoClock = nanoClock;
    this.quietNanos = quiet.toNanos();
    this.endLoggedAt = nanoClock.getAsLong() - quietNanos;
  }

  public String store() {
    return store;
  }

  /** The store answered. */
  public void up() {
    // Read first: every answer of every event loop comes here, and a write would make them share
    // one contended cache line while the store is well.
    if (down.get() != null
        && down.getAndSet(null) != null
        && outageLogged.compareAndSet(true, false)) {
      endLoggedAt = nanoClock.getAsLong();
      LOG.infof("The call store (%s) answers again; calls are served as usual.", store);
    }
  }

  /** The store failed to answer, for this reason. */
  public void failed(String reason) {
    down.set(reason);
    // Not only on the first failure: one that came within the quiet time after an end is the same
    // flicker, but if the store stays down past it, the outage is logged then.
    if (!outageLogged.get()
        && nanoClock.getAsLong() - endLoggedAt >= quietNanos
        && outageLogged.compareAndSet(false, true)) {
      LOG.errorf(
          "The call store (%s) does not answer: %s. Callers hear an apology and browser calls get"
              + " 503 until it is back (logged again when it is).",
          store, reason);
    }
  }

  /** Why the store is down, or null while it answers. */
  public String downReason() {
    return down.get();
  }
}
