package org.ivrpractice.session;

import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Whether the call store answers, as its last operations saw it. An outage is logged once when it
 * starts and once when it ends, not once per request: a store that is down for a minute under load
 * would otherwise write thousands of identical lines.
 */
public final class StoreHealth {

  private static final Logger LOG = Logger.getLogger(StoreHealth.class);

  private final String store;
  private final AtomicReference<String> down = new AtomicReference<>();

  /**
   * @param store the store's name in the log and on {@code /q/health/ready}
   */
  public StoreHealth(String store) {
    this.store = store;
  }

  public String store() {
    return store;
  }

  /** The store answered. */
  public void up() {
    String reason = down.getAndSet(null);
    if (reason != null) {
      LOG.infof("The call store (%s) answers again; calls are served as usual.", store);
    }
  }

  /** The store failed to answer, for this reason. */
  public void failed(String reason) {
    if (down.getAndSet(reason) == null) {
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
