package org.ivrpractice.channels.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The bounds of what one client may ask of the public endpoints ({@code ivr.limits.}): how many
 * calls it starts, how long a typed or spoken input and a request body may be.
 */
@ConfigMapping(prefix = "ivr.limits")
public interface LimitsConfig {

  /**
   * Browser calls one client address may start a minute ({@code POST /api/calls}), in a burst as
   * well; past it, 429 with {@code Retry-After}.
   */
  @WithDefault("30")
  int callsPerMinute();

  /** Client addresses whose call starts are counted at once (the least recent is forgotten). */
  @WithDefault("10000")
  int clients();

  /** The longest speech (typed or recognised) taken, in characters. */
  @WithDefault("200")
  int speechChars();

  /** The most keys one input may carry. */
  @WithDefault("64")
  int digits();

  /** The longest request body read, in bytes; longer: 413 (TwiML on Twilio's webhooks). */
  @WithDefault("65536")
  int bodyBytes();
}
