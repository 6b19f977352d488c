package org.ivrpractice.engine;

/** What the caller did: pressed keys, said something, stayed silent, or hung up. */
public sealed interface Input permits Input.Digits, Input.Speech, Input.Silence, Input.HangUp {

  /** Keys pressed (0-9, *, #), as the channel received them. */
  record Digits(String digits) implements Input {}

  /** Words said (or typed to stand for speech). */
  record Speech(String text) implements Input {}

  /** Nothing before the timeout. */
  record Silence() implements Input {}

  /** The caller hung up. */
  record HangUp() implements Input {}

  static Input digits(String digits) {
    return new Digits(digits);
  }

  static Input speech(String text) {
    return new Speech(text);
  }

  static Input silence() {
    return new Silence();
  }

  static Input hangUp() {
    return new HangUp();
  }
}
