package org.ivrpractice.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where callers went: recording calls for analytics ({@code ivr.analytics.}). */
@ConfigMapping(prefix = "ivr.analytics")
public interface AnalyticsConfig {

  /**
   * Whether calls are recorded (the {@code ivr_*} call metrics and the call log): on unless turned
   * off, which only a benchmark comparing the webhooks' cost with and without it needs.
   */
  @WithDefault("true")
  boolean enabled();

  /** How many ended calls' summaries the call log keeps; the oldest are dropped first. */
  @WithDefault("10000")
  int logSize();
}
