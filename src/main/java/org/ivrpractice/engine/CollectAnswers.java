package org.ivrpractice.engine;

import java.util.List;
import org.ivrpractice.flow.DigitCheck;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Node;

/**
 * Reads a caller's input at a collect. Number keys are data here, so only an escape on {@code *} or
 * {@code #} (pressed alone, and not the finish key) works by key; spoken escapes work as anywhere.
 * Spoken digits ("three seven eight") count as pressed.
 */
final class CollectAnswers {

  private CollectAnswers() {}

  static Answer fromDigits(Node.Collect collect, List<Escape> escapes, String keys) {
    if (keys == null || !Keys.allKeys(keys)) {
      return Answer.NO_MATCH;
    }
    for (Escape escape : escapes) {
      if (isKeyEscape(escape, collect) && keys.equals(escape.digit())) {
        return Answer.escape(escape);
      }
    }
    String digits = withoutFinishKey(keys, collect.finishKey());
    boolean fits =
        digits.length() >= collect.minLength()
            && digits.length() <= collect.maxLength()
            && check(collect).accepts(digits);
    return fits ? Answer.digits(digits) : Answer.NO_MATCH;
  }

  static Answer fromSpeech(Node.Collect collect, List<Escape> escapes, String utterance) {
    int best = SpeechMatcher.bestMatch(utterance, escapes.stream().map(Escape::synonyms).toList());
    if (best >= 0) {
      return Answer.escape(escapes.get(best));
    }
    String keys = SpeechMatcher.spokenKeys(utterance);
    return keys.isEmpty() ? Answer.NO_MATCH : fromDigits(collect, escapes, keys);
  }

  /** An escape key that is not a digit (digits are data) and not the key that ends entry. */
  private static boolean isKeyEscape(Escape escape, Node.Collect collect) {
    String key = escape.digit();
    return key != null && (key.equals("*") || key.equals("#")) && !key.equals(collect.finishKey());
  }

  private static DigitCheck check(Node.Collect collect) {
    return collect.check() == null ? DigitCheck.NONE : collect.check();
  }

  private static String withoutFinishKey(String keys, String finishKey) {
    if (finishKey != null && !finishKey.isEmpty() && keys.endsWith(finishKey)) {
      return keys.substring(0, keys.length() - finishKey.length());
    }
    return keys;
  }
}
