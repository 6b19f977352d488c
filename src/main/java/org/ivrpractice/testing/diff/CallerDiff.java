package org.ivrpractice.testing.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problems;

/**
 * What changes for callers between two versions of some flows: for each phone line and locale, the
 * quickest route to each ending (as the explorer names them) whose moves, time or words changed, as
 * a unified diff of what the caller hears and does on it, and the sentences said elsewhere on the
 * line that changed. Comments, layout and anything else a caller cannot notice print nothing (a
 * hangup node's id names its ending, so renaming one shows as an ending gone and a new one). The
 * report is sorted, so the same two versions always give the same text.
 *
 * <pre>{@code
 * CallerDiff diff = CallerDiff.between(FlowLoader.load(List.of(old)), FlowLoader.load(List.of(now)));
 * diff.changed();   // true when a caller would notice
 * diff.report();    // the diff, "No change for callers.", or the problems of either side
 * }</pre>
 */
public final class CallerDiff {

  /** The report's one line when nothing a caller hears or does changed. */
  public static final String NO_CHANGE = "No change for callers.";

  private final String report;
  private final boolean changed;
  private final boolean ok;

  private CallerDiff(String report, boolean changed, boolean ok) {
    this.report = report;
    this.changed = changed;
    this.ok = ok;
  }

  /** Compares two loads (each a folder, a file, or texts) line by line. */
  public static CallerDiff between(LoadResult before, LoadResult after) {
    if (!before.ok() || !after.ok()) {
      return problems(
          new CallerView(Map.of(), before.problems()), new CallerView(Map.of(), after.problems()));
    }
    return between(CallerView.of(before), CallerView.of(after));
  }

  /** Compares two views already worked out (explore a side once, compare it with many). */
  public static CallerDiff between(CallerView before, CallerView after) {
    if (!before.ok() || !after.ok()) {
      return problems(before, after);
    }
    Set<String> ids = new TreeSet<>(before.lines().keySet());
    ids.addAll(after.lines().keySet());
    List<String> out = new ArrayList<>();
    List<String> changedLines = new ArrayList<>();
    for (String id : ids) {
      List<List<String>> blocks = LineChanges.of(id, before.lines().get(id), after.lines().get(id));
      if (!blocks.isEmpty()) {
        changedLines.add(id);
      }
      blocks.forEach(
          b -> {
            out.addAll(b);
            out.add("");
          });
    }
    out.addAll(partial(before, "before"));
    out.addAll(partial(after, "after"));
    boolean changed = !changedLines.isEmpty();
    out.add(changed ? summary(changedLines, ids.size()) : NO_CHANGE);
    return new CallerDiff(String.join("\n", out), changed, true);
  }

  /** {@code Changes for callers on 1 of 3 lines: card-services.} */
  private static String summary(List<String> changedLines, int lines) {
    return "Changes for callers on "
        + changedLines.size()
        + " of "
        + lines
        + (lines == 1 ? " line: " : " lines: ")
        + String.join(", ", changedLines)
        + ".";
  }

  private static CallerDiff problems(CallerView before, CallerView after) {
    List<String> out = new ArrayList<>();
    if (!before.ok()) {
      out.add("Before, the flows have problems:");
      out.add(Problems.report(before.problems()));
    }
    if (!after.ok()) {
      out.add("After, the flows have problems:");
      out.add(Problems.report(after.problems()));
    }
    out.add("Fix these first: only valid flows can be compared ('check' says the same).");
    return new CallerDiff(String.join("\n", out), false, false);
  }

  /** A note for each line whose exploration stopped at its bound. */
  private static List<String> partial(CallerView view, String side) {
    List<String> out = new ArrayList<>();
    view.lines()
        .forEach(
            (id, routes) -> {
              if (routes.truncated()) {
                out.add(
                    "Note: "
                        + id
                        + " ("
                        + side
                        + ") has more call states than the explorer's bound: its routes may be"
                        + " partial.");
              }
            });
    return out;
  }

  /** The report: the changes and a last line naming the lines changed, or one line, or problems. */
  public String report() {
    return report;
  }

  /** True when a caller would notice a change (false when either side has problems). */
  public boolean changed() {
    return changed;
  }

  /** False when either side has problems (the report lists them; nothing was compared). */
  public boolean ok() {
    return ok;
  }
}
