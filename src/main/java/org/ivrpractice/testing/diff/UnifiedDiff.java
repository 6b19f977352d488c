package org.ivrpractice.testing.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of two texts that differ, as {@code diff -u} writes them: hunks headed {@code @@ -a,b
 * +c,d @@}, each line after a space (the same in both), {@code -} (only before) or {@code +} (only
 * after), with a few lines of context around each change. The texts here are short (what a caller
 * hears on one route), so a plain longest-common-subsequence table is quick enough.
 */
final class UnifiedDiff {

  /** Lines of context around each change, as {@code diff -u} gives by default. */
  static final int CONTEXT = 3;

  private record Edit(char sign, String line, int before, int after) {}

  private UnifiedDiff() {}

  /** The hunks between the two texts; empty when they are the same. */
  static List<String> between(List<String> before, List<String> after) {
    List<Edit> edits = edits(before, after);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).sign() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = hunkEnd(edits, i);
      out.addAll(hunk(edits.subList(start, end)));
      i = end;
    }
    return out;
  }

  /** Where the hunk that has a change at {@code first} ends: a run of more unchanged lines. */
  private static int hunkEnd(List<Edit> edits, int first) {
    int lastChange = first;
    for (int j = first; j < edits.size() && j - lastChange <= 2 * CONTEXT + 1; j++) {
      if (edits.get(j).sign() != ' ') {
        lastChange = j;
      }
    }
    return Math.min(edits.size(), lastChange + CONTEXT + 1);
  }

  private static List<String> hunk(List<Edit> edits) {
    int fromBefore = -1;
    int fromAfter = -1;
    int inBefore = 0;
    int inAfter = 0;
    List<String> body = new ArrayList<>();
    for (Edit e : edits) {
      if (e.sign() != '+') {
        fromBefore = fromBefore < 0 ? e.before() : fromBefore;
        inBefore++;
      }
      if (e.sign() != '-') {
        fromAfter = fromAfter < 0 ? e.after() : fromAfter;
        inAfter++;
      }
      body.add(e.sign() + e.line());
    }
    List<String> out = new ArrayList<>();
    out.add("@@ -" + range(fromBefore, inBefore) + " +" + range(fromAfter, inAfter) + " @@");
    out.addAll(body);
    return out;
  }

  /** {@code 7,9}: the first line (1-based) and how many; {@code 0,0} for none, as diff writes. */
  private static String range(int first, int count) {
    return (count == 0 ? 0 : first + 1) + "," + count;
  }

  /** The shortest edit script: removals before additions where a line was replaced. */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        out.add(new Edit(' ', a.get(i), i++, j++));
      } else if (j == b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1])) {
        out.add(new Edit('-', a.get(i), i++, j));
      } else {
        out.add(new Edit('+', b.get(j), i, j++));
      }
    }
    return out;
  }
}
