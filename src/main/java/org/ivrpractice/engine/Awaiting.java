package org.ivrpractice.engine;

import java.util.List;

/** The input a turn waits for. */
public sealed interface Awaiting permits Awaiting.MenuChoice, Awaiting.DigitEntry {

  /** Seconds of silence before it counts as no input. */
  int timeoutSeconds();

  /** The global escapes active here. */
  List<Choice> escapes();

  /** A menu: one key or a spoken choice. */
  record MenuChoice(List<Choice> options, List<Choice> escapes, int timeoutSeconds)
      implements Awaiting {}

  /**
   * Digits to collect.
   *
   * @param finishKey the key that ends entry early, or null
   * @param sensitive true when what is entered must be masked everywhere
   */
  record DigitEntry(
      int minLength,
      int maxLength,
      String finishKey,
      boolean sensitive,
      List<Choice> escapes,
      int timeoutSeconds)
      implements Awaiting {

    /** How many digits, for people: {@code 15 digits}, {@code 1 to 8 digits}. */
    public String lengthInWords() {
      return lengthInWords(minLength, maxLength);
    }

    /** The one wording of a digit count, for every channel that shows it. */
    public static String lengthInWords(int minLength, int maxLength) {
      return minLength == maxLength
          ? maxLength + " digits"
          : minLength + " to " + maxLength + " digits";
    }
  }
}
