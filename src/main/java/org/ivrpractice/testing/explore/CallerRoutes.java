package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;

/**
 * What callers of a line meet, language by language: the quickest route to each of its endings
 * (named as the explorer names them: {@code queue agents}, {@code hangup goodbye}, {@code ending
 * self-served}) with everything the caller hears and does on it, and every prompt the line says on
 * any route. {@code diff} compares two of these.
 *
 * <p>A call starts in the line's first locale, as on every channel, and a route counts for the
 * locale the call ends in (so a Spanish route passes the language menu's "oprima 2"). A locale that
 * no such call ends in (a line without a language menu) is explored again from a call started in
 * it.
 */
public final class CallerRoutes {

  /**
   * The quickest route to one ending in one locale.
   *
   * @param locale the locale the call ends in
   * @param kind {@code queue}, {@code hangup} or {@code ending}
   * @param name the queue, the hangup node ({@code flow/node} in a sub-flow), or the outcome
   * @param path the caller's moves and the time they take
   * @param heard what the caller hears and does on it, in order
   */
  public record Route(
      String locale, String kind, String name, PathFinder.Path path, List<Heard> heard) {

    public Route {
      heard = List.copyOf(heard);
    }

    /** {@code queue agents}, as the explorer's table names it. */
    public String ending() {
      return kind + " " + name;
    }
  }

  /**
   * One thing on a route: a prompt the caller hears, or a move the caller makes.
   *
   * @param text the prompt's words, or the move as the explorer describes it ({@code press 1})
   * @param byCaller true for a move
   */
  public record Heard(String text, boolean byCaller) {}

  /** Routes by ending, as the explorer's table orders them: queues, hangup nodes, outcomes. */
  public static final Comparator<Route> BY_ENDING =
      Comparator.comparing(r -> r.kind() + ":" + r.name(), Departments.ORDER);

  private final List<Route> routes;
  private final Map<String, Set<String>> said;
  private final boolean truncated;

  private CallerRoutes(List<Route> routes, Map<String, Set<String>> said, boolean truncated) {
    this.routes = List.copyOf(routes);
    this.said = said;
    this.truncated = truncated;
  }

  /** Explores a phone line (not a sub-flow) within the explorer's usual bound on states. */
  public static CallerRoutes of(Flow line) {
    return of(line, PathFinder.MAX_STATES);
  }

  public static CallerRoutes of(Flow line, int maxStates) {
    List<Route> routes = new ArrayList<>();
    Map<String, Set<String>> said = new TreeMap<>();
    StateGraph first = StateGraph.explore(line, null, maxStates);
    collect(first, null, routes, said);
    boolean truncated = first.truncated();
    for (String locale : line.locales()) {
      if (routes.stream().noneMatch(r -> r.locale().equals(locale))) {
        StateGraph again = StateGraph.explore(line, locale, maxStates);
        collect(again, locale, routes, said);
        truncated |= again.truncated();
      }
    }
    routes.sort(
        Comparator.comparingInt((Route r) -> line.locales().indexOf(r.locale()))
            .thenComparing(BY_ENDING));
    return new CallerRoutes(routes, said, truncated);
  }

  /** Every route, by locale (in the line's order), then as the explorer's table orders endings. */
  public List<Route> routes() {
    return routes;
  }

  /** Every prompt text the line says on any route of the exploration, by locale, sorted. */
  public Map<String, Set<String>> said() {
    return said;
  }

  /** True when the bound on states stopped an exploration early (the routes may be partial). */
  public boolean truncated() {
    return truncated;
  }

  /**
   * Adds the graph's quickest route to each ending in each locale (only in {@code onlyLocale} when
   * it is not null) and everything it says.
   */
  private static void collect(
      StateGraph graph, String onlyLocale, List<Route> routes, Map<String, Set<String>> said) {
    Turn start = graph.startTurn();
    if (start == null) {
      return;
    }
    addSaid(start, said);
    for (int i = 0; i < graph.size(); i++) {
      graph.edges(i).forEach(e -> addSaid(e.turn(), said));
    }
    QuickestRoutes quick = new QuickestRoutes(graph);
    if (start.ended()) {
      for (String ending : Departments.names(graph.flow(), start)) {
        routes.add(route(graph.state(0).locale(), ending, List.of(), quick.to(0), start));
      }
      return;
    }
    Departments.quickestEndings(graph, quick, e -> inLocale(graph, e))
        .forEach(
            (key, edge) -> {
              String locale = key.substring(0, key.indexOf(' '));
              if (onlyLocale == null || onlyLocale.equals(locale)) {
                List<StateGraph.Edge> edges = new ArrayList<>(quick.route(edge.from()));
                edges.add(edge);
                String ending = key.substring(locale.length() + 1);
                routes.add(route(locale, ending, edges, quick.through(edge), start));
              }
            });
  }

  /** The endings an edge reaches, each as {@code locale kind:name}. */
  private static List<String> inLocale(StateGraph graph, StateGraph.Edge edge) {
    if (edge.failed()) {
      return List.of();
    }
    String locale = graph.state(edge.target()).locale();
    return Departments.names(graph.flow(), edge.turn()).stream()
        .map(name -> locale + " " + name)
        .toList();
  }

  /** The route along {@code edges} (the moves of {@code path}), with what is heard on it. */
  private static Route route(
      String locale, String ending, List<StateGraph.Edge> edges, PathFinder.Path path, Turn start) {
    List<Heard> heard = new ArrayList<>();
    start.prompts().forEach(p -> heard.add(new Heard(p.text(), false)));
    for (StateGraph.Edge e : edges) {
      heard.add(new Heard(e.move().description(), true));
      e.turn().prompts().forEach(p -> heard.add(new Heard(p.text(), false)));
    }
    int colon = ending.indexOf(':');
    return new Route(locale, ending.substring(0, colon), ending.substring(colon + 1), path, heard);
  }

  private static void addSaid(Turn turn, Map<String, Set<String>> said) {
    if (turn != null) {
      for (Prompt p : turn.prompts()) {
        said.computeIfAbsent(p.locale(), l -> new TreeSet<>()).add(p.text());
      }
    }
  }
}
