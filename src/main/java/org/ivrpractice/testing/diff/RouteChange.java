package org.ivrpractice.testing.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ivrpractice.testing.explore.CallerRoutes.Route;

/**
 * How the quickest route to an ending changed for callers: its moves, its time and what is heard on
 * it, written as {@code diff -u} writes a changed file. The {@code ---} and {@code +++} lines name
 * the line, the locale, the endings and the route before and after (with the time to a tenth of a
 * second); the hunks are what the caller hears, a sentence a line, and does, in brackets.
 *
 * @param before the route before, or null when it appeared
 * @param after the route after, or null when it disappeared
 */
record RouteChange(Route before, Route after) {

  /** True when a caller would notice nothing: the same moves, words and time. */
  boolean unchanged() {
    return before != null
        && after != null
        && before.path().descriptions().equals(after.path().descriptions())
        && tenths(before) == tenths(after)
        && heard(before).equals(heard(after));
  }

  /**
   * The change's text after its title (the lines and endings it concerns, the same for every ending
   * that changed alike): the two routes, then the hunks.
   */
  List<String> body() {
    List<String> out = new ArrayList<>();
    out.add(side(before, null));
    out.add(side(after, before));
    out.addAll(UnifiedDiff.between(heard(before), heard(after)));
    return out;
  }

  /** The whole change, titled {@code card-services en-US, queue agents and ending transferred}. */
  static List<String> format(String title, List<String> body) {
    List<String> out = new ArrayList<>();
    out.add("--- " + title + ": " + body.get(0));
    out.add("+++ " + title + ": " + body.get(1));
    out.addAll(body.subList(2, body.size()));
    return out;
  }

  /** The sentences the hunks of a {@link #body} show removed ({@code sign} '-') or added ('+'). */
  static Set<String> shown(List<String> body, char sign) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : body.subList(2, body.size())) {
      if (line.charAt(0) == sign) {
        out.add(line.substring(1));
      }
    }
    return out;
  }

  private static List<String> heard(Route route) {
    return route == null ? List.of() : HeardLines.of(route.heard());
  }

  /** {@code press 1, press 9, press 3 (65.6 s, +0.4 s)}, or {@code no route}. */
  private static String side(Route route, Route earlier) {
    if (route == null) {
      return "no route";
    }
    List<String> moves = route.path().descriptions();
    StringBuilder out =
        new StringBuilder(moves.isEmpty() ? "nothing to do" : String.join(", ", moves))
            .append(" (")
            .append(seconds(tenths(route)));
    if (earlier != null && tenths(earlier) != tenths(route)) {
      long change = tenths(route) - tenths(earlier);
      out.append(", ").append(change > 0 ? "+" : "-").append(seconds(Math.abs(change)));
    }
    return out.append(')').toString();
  }

  private static long tenths(Route route) {
    return Math.round(route.path().seconds() * 10);
  }

  private static String seconds(long tenths) {
    return String.format(Locale.ROOT, "%d.%d s", tenths / 10, tenths % 10);
  }
}
