package org.ivrpractice.engine;

/**
 * What the caller did: pressed keys, said something, stayed silent, or hung up. Code that treats
 * each kind differently does so through {@link InputVisitor}.
 */
public sealed interface Input permits Input.Digits, Input.Speech, Input.Silence, Input.HangUp {

  <R> R accept(InputVisitor<R> visitor);

  /** Keys pressed (0-9, *, #), as the channel received them. */
  record Digits(String digits) implements Input {
    public <R> R accept(InputVisitor<R> v) {
      return v.visit(this);
    }
  }

  /** Words said (or typed to stand for speech). */
  record Speech(String text) implements Input {
    public <R> R accept(InputVisitor<R> v) {
      return v.visit(this);
    }
  }

  /** Nothing before the timeout. */
  record Silence() implements Input {
    public <R> R accept(InputVisitor<R> v) {
      return v.visit(this);
    }
  }

  /** The caller hung up. */
  record HangUp() implements Input {
    public <R> R accept(InputVisitor<R> v) {
      return v.visit(this);
    }
  }

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
