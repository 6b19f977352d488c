package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ivrpractice.engine.Ending;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Outcome;

/**
 * Where the calls of a line end, grouped three ways (by queue, by hangup node, by outcome), each
 * with its quickest route ({@link QuickestRoutes}) and its slowest route without mistakes or
 * circles ({@link SlowestRoutes}).
 */
final class Departments {

  static final String QUEUE = "queue";
  static final String HANGUP = "hangup";
  static final String ENDING = "ending";

  /** Of names such as {@code queue:agents}: queues first, then hangup nodes, then outcomes. */
  static final Comparator<String> ORDER =
      Comparator.comparingInt(
              (String n) -> List.of(QUEUE, HANGUP, ENDING).indexOf(n.substring(0, n.indexOf(':'))))
          .thenComparing(n -> n);

  private final Map<String, PathFinder.Path> quickest = new LinkedHashMap<>();
  private final Map<String, PathFinder.Path> slowest;
  private final boolean cut;

  Departments(StateGraph graph, QuickestRoutes quick) {
    Turn start = graph.startTurn();
    if (start.ended()) {
      PathFinder.Path none = QuickestRoutes.path(List.of(), quick.seconds(0));
      names(graph.flow(), start).forEach(name -> quickest.put(name, none));
      slowest = new LinkedHashMap<>(quickest);
      cut = false;
      return;
    }
    quickestEndings(graph, quick, e -> names(graph.flow(), e.turn()))
        .forEach((name, edge) -> quickest.put(name, quick.through(edge)));
    SlowestRoutes walk = new SlowestRoutes(graph, e -> names(graph.flow(), e.turn()));
    slowest = walk.routes();
    cut = walk.cut();
  }

  /**
   * For each ending, the move that ends the quickest route there (the route is the quickest one to
   * the move's state, then the move), in the order the endings are first met.
   *
   * @param endings for an edge that ends the call, the names of the endings it reaches; empty for
   *     other edges
   */
  static Map<String, StateGraph.Edge> quickestEndings(
      StateGraph graph, QuickestRoutes quick, Function<StateGraph.Edge, List<String>> endings) {
    Map<String, StateGraph.Edge> last = new LinkedHashMap<>();
    Map<String, Double> seconds = new HashMap<>();
    for (int i = 0; i < graph.size(); i++) {
      if (!quick.reached(i)) {
        continue;
      }
      for (StateGraph.Edge e : graph.edges(i)) {
        for (String name : endings.apply(e)) {
          double total = quick.seconds(i) + e.seconds();
          if (total < seconds.getOrDefault(name, Double.POSITIVE_INFINITY)) {
            seconds.put(name, total);
            last.put(name, e);
          }
        }
      }
    }
    return last;
  }

  /** The departments a turn ends at: {@code queue:agents}, {@code hangup:goodbye}, ... */
  static List<String> names(Flow line, Turn turn) {
    if (turn == null || !turn.ended()) {
      return List.of();
    }
    Ending ending = turn.ending();
    List<String> out = new ArrayList<>();
    if (ending.queue() != null) {
      out.add(QUEUE + ":" + ending.queue());
    }
    Node node = line.flow(turn.flowId()).node(turn.nodeId());
    if (node instanceof Node.Hangup) {
      out.add(HANGUP + ":" + Explorer.siteName(line, turn.flowId(), turn.nodeId()));
    }
    out.add(ENDING + ":" + ending.outcome().yamlName());
    return out;
  }

  /** Queues first, then hangup nodes, then outcomes; each group by name. */
  List<ExplorationReport.Department> list() {
    List<String> order = new ArrayList<>(quickest.keySet());
    order.sort(ORDER);
    List<ExplorationReport.Department> out = new ArrayList<>();
    for (String name : order) {
      int colon = name.indexOf(':');
      out.add(
          new ExplorationReport.Department(
              name.substring(0, colon),
              name.substring(colon + 1),
              quickest.get(name),
              slowest.get(name)));
    }
    return out;
  }

  /** The quickest route to any queue; null when no call is transferred. */
  PathFinder.Path fastestAgent() {
    return quickest.entrySet().stream()
        .filter(e -> e.getKey().equals(ENDING + ":" + Outcome.TRANSFERRED.yamlName()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The slowest route to any queue, without mistakes or circles; null when there is none. */
  PathFinder.Path slowestAgent() {
    return slowest.get(ENDING + ":" + Outcome.TRANSFERRED.yamlName());
  }

  boolean cut() {
    return cut;
  }
}
