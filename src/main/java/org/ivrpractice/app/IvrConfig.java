package org.ivrpractice.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The product's settings, under {@code ivr.} in application.properties or the environment. */
@ConfigMapping(prefix = "ivr")
public interface IvrConfig {

  /** Where the flows are read from. */
  Flows flows();

  /** Flow settings. */
  interface Flows {
    /** The folder of flow files (relative to the working directory). */
    @WithDefault("ivr-flows")
    String dir();

    /** Load and validate the flows when the server starts, refusing to start on a broken one. */
    @WithDefault("true")
    boolean validateOnStart();
  }
}
