package org.ivrpractice.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the flows are read from ({@code ivr.flows.} in application.properties or the environment).
 */
@ConfigMapping(prefix = "ivr.flows")
public interface FlowsConfig {

  /** The folder of flow files (relative to the working directory). */
  @WithDefault("ivr-flows")
  String dir();

  /** Load and validate the flows when the server starts, refusing to start on a broken one. */
  @WithDefault("true")
  boolean validateOnStart();
}
