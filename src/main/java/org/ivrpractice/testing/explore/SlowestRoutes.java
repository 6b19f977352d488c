package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ivrpractice.engine.CallState;

/**
 * The slowest way to each ending that a caller can take without going round in circles (never
 * waiting at the same node twice) and without mistakes (no silence, no wrong key): the worst case
 * of a caller who explores the menus before finding the way. Found by a depth-first walk of the
 * {@link StateGraph}, which stops after {@link #MAX_STEPS} moves so that it always ends; a result
 * found after the stop is then only a lower bound.
 */
final class SlowestRoutes {

  /** The most moves the walk follows. */
  static final int MAX_STEPS = 500_000;

  private final StateGraph graph;
  private final Function<StateGraph.Edge, List<String>> endings;
  private final Map<String, Double> slowest = new HashMap<>();
  private final Map<String, List<StateGraph.Edge>> routes = new HashMap<>();
  private final List<StateGraph.Edge> path = new ArrayList<>();
  private final Set<String> waitedAt = new HashSet<>();
  private int steps;

  /**
   * @param endings for an edge that ends the call, the names of the endings it reaches (its
   *     departments); empty for other edges
   */
  SlowestRoutes(StateGraph graph, Function<StateGraph.Edge, List<String>> endings) {
    this.graph = graph;
    this.endings = endings;
    if (graph.size() > 0 && !graph.state(0).ended()) {
      walk(0, CallTiming.hearing(graph.startTurn().prompts()));
    }
  }

  /** True when the walk stopped before it had followed every route. */
  boolean cut() {
    return steps >= MAX_STEPS;
  }

  /** The slowest route to each ending, by its name. */
  Map<String, PathFinder.Path> routes() {
    Map<String, PathFinder.Path> out = new HashMap<>();
    routes.forEach((name, edges) -> out.put(name, QuickestRoutes.path(edges, slowest.get(name))));
    return out;
  }

  private void walk(int state, double seconds) {
    String site = site(graph.state(state));
    waitedAt.add(site);
    for (StateGraph.Edge e : graph.edges(state)) {
      if (e.failed() || !withoutMistake(e.move()) || ++steps >= MAX_STEPS) {
        continue;
      }
      double cost = seconds + e.seconds();
      path.add(e);
      List<String> names = endings.apply(e);
      for (String name : names) {
        if (cost > slowest.getOrDefault(name, -1.0)) {
          slowest.put(name, cost);
          routes.put(name, List.copyOf(path));
        }
      }
      if (names.isEmpty()
          && !graph.state(e.target()).ended()
          && !waitedAt.contains(site(graph.state(e.target())))) {
        walk(e.target(), cost);
      }
      path.remove(path.size() - 1);
    }
    waitedAt.remove(site);
  }

  private static boolean withoutMistake(Move move) {
    return move.kind() != Move.Kind.SILENCE && move.kind() != Move.Kind.INVALID;
  }

  /** Where a call waits: the node, in its flow, under its sub-flow calls. */
  private static String site(CallState state) {
    return state.calls() + ">" + state.currentFlow() + "/" + state.node();
  }
}
