package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

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

  /** Problems as a person reads them: one a line, then how many there are in how many files. */
  public static String report(List<Problem> problems) {
    long files = problems.stream().map(p -> p.position().file()).distinct().count();
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append(p.format()).append('\n'));
    return out.append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems")
        .append(" in ")
        .append(files)
        .append(files == 1 ? " file." : " files.")
        .toString();
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
    for (String candidate : new TreeSet<>(known)) { // sorted, so that a tie always ends the same
      int d = distance(word.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = word.length() <= 3 ? 1 : Math.max(2, word.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /**
   * "did you mean 'x'?", or else the list of what is known, in alphabetical order.
   *
   * @param what how to name the known things, plural and with an article: "the nodes", "its exits"
   */
  public static String suggestion(String word, Collection<String> known, String what) {
    String close = closest(word, known);
    if (close != null) {
      return "did you mean '" + close + "'?";
    }
    if (known.isEmpty()) {
      return "there are no " + what.replaceFirst("^(the|its) ", "") + " yet";
    }
    return "use one of " + what + ": " + String.join(", ", new TreeSet<>(known));
  }

  /** Edits from a to b: a letter added, dropped or changed, or two neighbours swapped. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
