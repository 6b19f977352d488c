package org.ivrpractice.session;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Revisions of call records. A record's first revision is random and each write adds one, so a
 * write that names the revision of a record that has since ended and been started again (the same
 * CallSid) does not find the new record at that revision by chance.
 */
final class Revisions {

  private Revisions() {}

  /**
   * A first revision: positive, far from {@link SessionStore#NEW} and {@link SessionStore#ANY}, and
   * below 2^40, so that Redis's Lua (whose numbers are doubles) counts on from it exactly.
   */
  static long first() {
    return ThreadLocalRandom.current().nextLong(1L << 20, 1L << 40);
  }
}
