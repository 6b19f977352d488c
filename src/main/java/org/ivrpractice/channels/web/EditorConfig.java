package org.ivrpractice.channels.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The flow editor's settings ({@code ivr.editor.} in application.properties or the environment).
 */
@ConfigMapping(prefix = "ivr.editor")
public interface EditorConfig {

  /**
   * Let the editor page write flow files ({@code PUT /api/flows/{id}/source}): on in the dev
   * profile, off by default, and never on a public server (anyone could rewrite its flows).
   */
  @WithDefault("false")
  boolean save();
}
