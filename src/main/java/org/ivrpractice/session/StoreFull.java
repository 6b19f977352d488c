package org.ivrpractice.session;

/**
 * The in-memory store holds as many live calls as it may ({@code ivr.sessions.max}): a new call is
 * refused so that no call in progress is evicted for it. It is not an outage: readiness stays up.
 */
public final class StoreFull extends StoreUnavailable {

  private static final long serialVersionUID = 1L;

  public StoreFull(int max) {
    super(
        "the call store holds as many live calls as it may ("
            + max
            + ", ivr.sessions.max); a new call is refused until some end",
        null);
  }
}
