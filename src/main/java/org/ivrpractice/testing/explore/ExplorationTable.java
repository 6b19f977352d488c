package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An exploration report as a person reads it in a terminal. */
public final class ExplorationTable {

  private ExplorationTable() {}

  public static String format(ExplorationReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %,d states explored in %d ms%s%n",
            r.flowId(),
            r.states(),
            r.took().toMillis(),
            r.truncated() ? " (stopped at the bound: figures are partial)" : ""));
    if (!r.departments().isEmpty()) {
      out.append('\n').append(departments(r)).append('\n');
    }
    out.append(summary(r));
    if (r.findings().isEmpty()) {
      out.append("  Problems: none.\n");
    } else {
      out.append("  Problems:\n");
      r.findings().forEach(f -> out.append("    ").append(f.format()).append('\n'));
    }
    return out.toString();
  }

  private static String departments(ExplorationReport r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ending", "quickest", "slowest", "quickest route"});
    for (ExplorationReport.Department d : r.departments()) {
      rows.add(
          new String[] {
            d.kind() + " " + d.name(),
            seconds(d.quickest()),
            seconds(d.slowest()),
            moves(d.quickest())
          });
    }
    return TextTable.render(rows, "  ", new boolean[] {false, true, true, false});
  }

  private static String summary(ExplorationReport r) {
    StringBuilder out = new StringBuilder();
    if (r.fastestAgent() != null) {
      out.append("  Agent, quickest: ").append(r.fastestAgent().describe()).append('\n');
    }
    if (r.slowestAgent() != null) {
      out.append("  Agent, slowest without mistakes or circles")
          .append(r.slowestCut() ? " (at least)" : "")
          .append(": ")
          .append(r.slowestAgent().describe())
          .append('\n');
    }
    if (r.fastestAgent() == null) {
      out.append("  Agent: no call reaches a queue.\n");
    }
    if (r.deepestMenu() != null) {
      ExplorationReport.DeepestMenu d = r.deepestMenu();
      out.append("  Deepest menu: ")
          .append(d.node())
          .append(", menu ")
          .append(d.menus())
          .append(" on its quickest route: ")
          .append(d.route().describe())
          .append('\n');
    }
    return out.toString();
  }

  private static String seconds(PathFinder.Path path) {
    return path == null ? "-" : Math.round(path.seconds()) + " s";
  }

  private static String moves(PathFinder.Path path) {
    return path.descriptions().isEmpty() ? "(none)" : String.join(", ", path.descriptions());
  }
}
