package org.ivrpractice.analytics;

import java.util.Locale;
import org.ivrpractice.engine.Choice;

/**
 * How much of a menu's prompt a caller who listens for its option hears: up to the end of the
 * sentence that names it (by its label, else by its key), so that an option read out late, or a
 * menu that grows, costs the caller the time a real one would spend listening.
 */
final class PromptReading {

  private PromptReading() {}

  /** The start of {@code text} up to the end of the sentence naming {@code choice}; else all. */
  static String untilChoice(String text, Choice choice) {
    if (choice == null) {
      return text;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int at = choice.label() == null ? -1 : lower.indexOf(choice.label().toLowerCase(Locale.ROOT));
    if (at < 0 && choice.digit() != null) {
      at = keyMention(lower, choice.digit());
    }
    if (at < 0) {
      return text;
    }
    int end = sentenceEnd(text, at);
    return text.substring(0, end);
  }

  /** Where the key is said as a word of its own ("press 3."), or -1. */
  private static int keyMention(String text, String key) {
    for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int after = i + key.length();
      boolean behind = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
      if (before && behind) {
        return i;
      }
    }
    return -1;
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!') {
        return i + 1;
      }
    }
    return text.length();
  }
}
