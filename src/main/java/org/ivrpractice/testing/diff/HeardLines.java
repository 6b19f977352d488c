package org.ivrpractice.testing.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.ivrpractice.testing.explore.CallerRoutes;

/**
 * What a caller hears and does on a route, as the diff compares it: one sentence a line (a menu's
 * prompt is one text of many sentences, and a reworded sentence should show as itself), and each
 * move in brackets, {@code [press 1]}, so that a moved key shows where the caller presses it.
 */
final class HeardLines {

  /** A sentence ends at . ! or ? followed by a space. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  private HeardLines() {}

  static List<String> of(List<CallerRoutes.Heard> heard) {
    List<String> out = new ArrayList<>();
    for (CallerRoutes.Heard h : heard) {
      if (h.byCaller()) {
        out.add(move(h.text()));
      } else {
        out.addAll(sentences(h.text()));
      }
    }
    return out;
  }

  /** {@code [press 1]} */
  static String move(String description) {
    return "[" + description + "]";
  }

  static List<String> sentences(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(SENTENCE_END.split(trimmed));
  }
}
