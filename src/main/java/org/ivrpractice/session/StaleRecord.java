package org.ivrpractice.session;

/**
 * A conditional write was refused: the record had changed (or gone) since it was read, because
 * another request of the same call (on this instance or another) wrote it first. The writer reads
 * the record again and retries, or answers from what is stored now.
 */
public final class StaleRecord extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleRecord(String callId, long expected) {
    super(
        "the record of call " + callId + " is no longer at revision " + expected,
        null,
        false,
        false);
  }
}
