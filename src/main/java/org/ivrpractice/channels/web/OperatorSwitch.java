package org.ivrpractice.channels.web;

import java.util.Optional;

/**
 * The operator-only features and the settings that turn them on. Each is off (its endpoints answer
 * 404) until its setting is {@code true}, and the server refuses to start with one on and no
 * operator configured ({@link OperatorAccounts}).
 */
public enum OperatorSwitch {

  /** {@code POST /api/practice-calls}: the server's Twilio account rings a phone. */
  PRACTICE_CALLS("ivr.practice-calls.enabled", "practice calls to phones"),

  /** The flow editor's save: writes flow files on the server. */
  EDITOR_SAVE("ivr.editor.save", "saving flows from the editor"),

  /** No switch of its own: on whenever an operator can sign in. */
  ALWAYS(null, "this endpoint");

  private final String setting;
  private final String feature;

  OperatorSwitch(String setting, String feature) {
    this.setting = setting;
    this.feature = feature;
  }

  /**
   * The setting that turns it on ({@code ivr.practice-calls.enabled}); none for {@link #ALWAYS}.
   */
  public Optional<String> setting() {
    return Optional.ofNullable(setting);
  }

  /** What it is, for people: {@code practice calls to phones}. */
  public String feature() {
    return feature;
  }
}
