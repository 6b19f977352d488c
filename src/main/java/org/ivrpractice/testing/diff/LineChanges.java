package org.ivrpractice.testing.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ivrpractice.testing.explore.CallerRoutes;
import org.ivrpractice.testing.explore.CallerRoutes.Route;

/**
 * What changed for the callers of one line, locale by locale: the quickest routes that changed
 * (endings that changed alike shown once, named together), then the sentences the line no longer or
 * newly says on no route shown, so that a reworded prompt off the quickest routes is not missed.
 */
final class LineChanges {

  private final String lineId;
  private final CallerRoutes before;
  private final CallerRoutes after;

  private LineChanges(String lineId, CallerRoutes before, CallerRoutes after) {
    this.lineId = lineId;
    this.before = before;
    this.after = after;
  }

  /**
   * The changes as blocks of lines, in locale and ending order; none when callers meet the same.
   *
   * @param before the line's routes before, or null when the line is new
   * @param after the line's routes after, or null when it is gone
   */
  static List<List<String>> of(String lineId, CallerRoutes before, CallerRoutes after) {
    return new LineChanges(lineId, before, after).blocks();
  }

  private List<List<String>> blocks() {
    List<List<String>> out = new ArrayList<>();
    for (String locale : locales()) {
      Set<String> removed = new TreeSet<>();
      Set<String> added = new TreeSet<>();
      Map<List<String>, List<String>> alike = new LinkedHashMap<>();
      for (String ending : endings(locale)) {
        RouteChange change =
            new RouteChange(route(before, locale, ending), route(after, locale, ending));
        if (!change.unchanged()) {
          List<String> body = change.body();
          alike.computeIfAbsent(body, b -> new ArrayList<>()).add(ending);
          removed.addAll(RouteChange.shown(body, '-'));
          added.addAll(RouteChange.shown(body, '+'));
        }
      }
      String where = lineId + " " + locale;
      alike.forEach(
          (body, endings) ->
              out.add(RouteChange.format(where + ", " + String.join(" and ", endings), body)));
      List<String> elsewhere = elsewhere(locale, removed, added);
      if (!elsewhere.isEmpty()) {
        String title = where + ", elsewhere on the line";
        List<String> block = new ArrayList<>(List.of("--- " + title, "+++ " + title));
        block.addAll(elsewhere);
        out.add(block);
      }
    }
    return out;
  }

  /** The locales of either side, in the line's order. */
  private Set<String> locales() {
    Set<String> out = new LinkedHashSet<>();
    Stream.of(before, after)
        .filter(r -> r != null)
        .forEach(
            r -> {
              r.routes().forEach(route -> out.add(route.locale()));
              out.addAll(r.said().keySet());
            });
    return out;
  }

  /** The endings either side reaches in the locale, as the explorer orders them. */
  private List<String> endings(String locale) {
    Set<String> out = new LinkedHashSet<>();
    Stream.of(before, after)
        .filter(r -> r != null)
        .flatMap(r -> r.routes().stream())
        .filter(r -> r.locale().equals(locale))
        .sorted(CallerRoutes.BY_ENDING)
        .forEach(r -> out.add(r.ending()));
    return List.copyOf(out);
  }

  private static Route route(CallerRoutes routes, String locale, String ending) {
    if (routes == null) {
      return null;
    }
    return routes.routes().stream()
        .filter(r -> r.locale().equals(locale) && r.ending().equals(ending))
        .findFirst()
        .orElse(null);
  }

  /**
   * {@code -sentence} for each sentence the line said and says no more, then {@code +sentence} for
   * each it says newly, leaving out those the routes' hunks show already.
   */
  private List<String> elsewhere(String locale, Set<String> shownRemoved, Set<String> shownAdded) {
    Set<String> said = sentences(before, locale);
    Set<String> says = sentences(after, locale);
    List<String> out = new ArrayList<>();
    said.stream()
        .filter(s -> !says.contains(s) && !shownRemoved.contains(s))
        .forEach(s -> out.add("-" + s));
    says.stream()
        .filter(s -> !said.contains(s) && !shownAdded.contains(s))
        .forEach(s -> out.add("+" + s));
    return out;
  }

  private static Set<String> sentences(CallerRoutes routes, String locale) {
    Set<String> out = new TreeSet<>();
    if (routes != null) {
      routes
          .said()
          .getOrDefault(locale, Set.of())
          .forEach(t -> out.addAll(HeardLines.sentences(t)));
    }
    return out;
  }
}
