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

  /**
   * Watch the folder while the server runs: a valid change is live for new calls within 2 s, a
   * broken one is refused (logged, and shown on the pages) while the last good flow answers.
   */
  @WithDefault("true")
  boolean watch();

  /**
   * At most this many revisions of the lines are kept in memory: the current ones, older ones that
   * calls in progress started on, and drafts tried in the editor.
   */
  @WithDefault("64")
  int maxRevisions();
}
