package org.ivrpractice.session;

/**
 * The store could not answer: unreachable, too slow (past its timeout), or refusing. The call's
 * channel turns it into a sentence for the caller (an apology on the phone, a 503 in the browser);
 * it is never a reason to drop the caller silently.
 */
public class StoreUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
