package org.ivrpractice.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where calls' states live between requests ({@code ivr.sessions.}). */
@ConfigMapping(prefix = "ivr.sessions")
public interface SessionConfig {

  /**
   * Which store keeps the calls: {@code memory} (this process; nothing to install) or {@code redis}
   * (shared by every instance; needs {@code quarkus.redis.hosts}).
   */
  @WithDefault("memory")
  Kind store();

  /** How long a call's state is kept after its last request (a call idle longer is forgotten). */
  @WithDefault("30m")
  Duration ttl();

  /**
   * The longest a request waits for the store: past it the caller hears an apology (Twilio) or the
   * page says the line is unavailable (browser), never a hang.
   */
  @WithDefault("300ms")
  Duration timeout();

  /**
   * The most live calls the in-memory store keeps; past it a new call is refused (503, or the
   * apology on the phone) and calls in progress are never evicted for it.
   */
  @WithDefault("100000")
  int max();

  /**
   * After an outage of the store is logged as over, how long a new failure still counts as the same
   * outage (not logged again): a store that flickers writes two lines, not thousands.
   */
  @WithDefault("10s")
  Duration outageQuiet();

  /** What every key the product writes in Redis starts with, so that a Redis can be shared. */
  @WithDefault("ivr:")
  String keyPrefix();

  /** The stores to choose from. */
  enum Kind {
    /** In this process's memory. */
    MEMORY,
    /** In Redis, shared by every instance. */
    REDIS
  }
}
