package org.ivrpractice.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The records calls save for later calls ({@code ivr.cases.}): a replacement ordered, a dispute
 * opened, found again by the reference the line read out. Kept in the call store in use.
 */
@ConfigMapping(prefix = "ivr.cases")
public interface CaseConfig {

  /** How long a saved case is kept: a caller may ring back with its reference until then. */
  @WithDefault("30d")
  Duration ttl();

  /** The most cases the in-memory store keeps (the oldest are forgotten first). */
  @WithDefault("100000")
  int max();
}
