package org.ivrpractice.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where calls' states live between requests ({@code ivr.sessions.}). */
@ConfigMapping(prefix = "ivr.sessions")
public interface SessionConfig {

  /** How long a call's state is kept after its last request (a call idle longer is forgotten). */
  @WithDefault("30m")
  Duration ttl();
}
