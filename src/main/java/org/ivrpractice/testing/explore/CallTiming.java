package org.ivrpractice.testing.explore;

import java.util.List;
import org.ivrpractice.engine.Prompt;

/**
 * How long a call takes, estimated the same way everywhere (explorer, path hints, practice
 * missions): prompts are spoken at 150 words a minute, every key takes a second, words the caller
 * says take as long as the prompts' words, and silence lasts the node's timeout.
 */
public final class CallTiming {

  /** 150 words a minute: a typical IVR voice, and a caller speaking. */
  public static final double WORDS_PER_SECOND = 2.5;

  /** Finding and pressing one key. */
  public static final double SECONDS_PER_KEY = 1.0;

  private CallTiming() {}

  /** Seconds to speak the text. */
  public static double speaking(String text) {
    return words(text) / WORDS_PER_SECOND;
  }

  /** Seconds to hear these prompts. */
  public static double hearing(List<Prompt> prompts) {
    return prompts.stream().mapToDouble(p -> speaking(p.text())).sum();
  }

  /** Seconds to press these keys. */
  public static double pressing(String keys) {
    return keys.length() * SECONDS_PER_KEY;
  }

  /** How many words the text has (runs of letters or digits, apart by spaces). */
  public static int words(String text) {
    if (text == null) {
      return 0;
    }
    int count = 0;
    boolean inWord = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
        counted = false;
      } else {
        inWord = true;
        if (!counted && Character.isLetterOrDigit(c)) {
          count++;
          counted = true;
        }
      }
    }
    return inWord || count > 0 ? count : 0;
  }
}
