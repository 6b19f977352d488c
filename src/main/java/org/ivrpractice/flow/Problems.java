package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of a load, so that one run reports every one of them. */
public final class Problems {

  private final List<Problem> list = new ArrayList<>();

  public void add(Position at, String nodeId, String message, String fix) {
    list.add(new Problem(at, nodeId, message, fix));
  }

  public void add(Problem problem) {
    list.add(problem);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int size() {
    return list.size();
  }

  /** Every problem, by file, line and column. */
  public List<Problem> sorted() {
    return list.stream()
        .sorted(
            Comparator.comparing((Problem p) -> p.position().file())
                .thenComparingInt(p -> p.position().line())
                .thenComparingInt(p -> p.position().column()))
        .distinct()
        .toList();
  }

  /** The closest of {@code known} to {@code word}, for "did you mean", or null if none is close. */
  public static String closest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(word.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.max(2, word.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** "did you mean 'x'?" or the list of what is known. */
  public static String suggestion(String word, Collection<String> known, String what) {
    String close = closest(word, known);
    if (close != null) {
      return "did you mean '" + close + "'?";
    }
    return known.isEmpty() ? "there are no " + what : what + " are: " + String.join(", ", known);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
