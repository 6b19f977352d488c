package org.ivrpractice.engine;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Node;

/**
 * Reads a caller's input at a menu. Keys are exact: one key, an escape's or an option's. Speech is
 * forgiving: the longest synonym heard wins (options win ties), else a spoken key ("press two").
 */
final class MenuAnswers {

  private MenuAnswers() {}

  static Answer fromDigits(Node.Menu menu, List<Escape> escapes, String keys) {
    if (keys == null || !Keys.oneKey(keys)) {
      return Answer.NO_MATCH;
    }
    for (Escape escape : escapes) {
      if (keys.equals(escape.digit())) {
        return Answer.escape(escape);
      }
    }
    for (Node.Option option : menu.options()) {
      if (keys.equals(option.digit())) {
        return Answer.option(option);
      }
    }
    return Answer.NO_MATCH;
  }

  static Answer fromSpeech(Node.Menu menu, List<Escape> escapes, String utterance) {
    List<List<String>> synonyms = new ArrayList<>();
    menu.options().forEach(o -> synonyms.add(o.synonyms()));
    escapes.forEach(e -> synonyms.add(e.synonyms()));
    int best = SpeechMatcher.bestMatch(utterance, synonyms);
    if (best >= 0) {
      int options = menu.options().size();
      return best < options
          ? Answer.option(menu.options().get(best))
          : Answer.escape(escapes.get(best - options));
    }
    return fromDigits(menu, escapes, SpeechMatcher.spokenKeys(utterance));
  }
}
