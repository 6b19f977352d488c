package org.ivrpractice.testing.explore;

import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.SensitiveDigits;

/**
 * One thing a caller can do at a node that waits: press keys, say words, or stay silent.
 *
 * @param input what the engine receives
 * @param description how a person would be told to do it: {@code press 1}, {@code say agent},
 *     {@code enter •••••••••••0005#} (a card number masked, as everywhere it is shown), {@code stay
 *     silent}
 * @param seconds how long doing it takes (see {@link CallTiming})
 * @param kind what the move is meant to try
 */
public record Move(Input input, String description, double seconds, Kind kind) {

  /** What a move tries. */
  public enum Kind {
    /** A menu option's key. */
    OPTION,
    /** A global escape, by key or by word. */
    ESCAPE,
    /** The escape that repeats the prompt: the call stays where it is. */
    REPEAT,
    /** A valid entry at a collect. */
    ENTRY,
    /** Nothing until the timeout. */
    SILENCE,
    /** A key no option has, or an entry that fails its length or check. */
    INVALID
  }

  static Move press(String keys, Kind kind) {
    return new Move(new Input.Digits(keys), "press " + keys, CallTiming.pressing(keys), kind);
  }

  static Move enter(String keys, Kind kind) {
    return new Move(
        new Input.Digits(keys),
        "enter " + SensitiveDigits.shown(keys, false),
        CallTiming.pressing(keys),
        kind);
  }

  static Move say(String words, Kind kind) {
    return new Move(new Input.Speech(words), "say " + words, CallTiming.speaking(words), kind);
  }

  static Move silence(int timeoutSeconds) {
    return new Move(new Input.Silence(), "stay silent", timeoutSeconds, Kind.SILENCE);
  }
}
