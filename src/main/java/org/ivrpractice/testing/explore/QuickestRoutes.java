package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import org.ivrpractice.flow.Node;

/**
 * The quickest route from the start to every state of a {@link StateGraph} (Dijkstra, seconds from
 * {@link CallTiming}), and how many menus each route passes.
 */
final class QuickestRoutes {

  private final StateGraph graph;
  private final double[] seconds;
  private final StateGraph.Edge[] via;
  private final int[] menus;

  QuickestRoutes(StateGraph graph) {
    this.graph = graph;
    int n = graph.size();
    seconds = new double[n];
    via = new StateGraph.Edge[n];
    menus = new int[n];
    Arrays.fill(seconds, Double.POSITIVE_INFINITY);
    if (n > 0) {
      run(CallTiming.hearing(graph.startTurn().prompts()));
    }
  }

  private void run(double startSeconds) {
    seconds[0] = startSeconds;
    boolean[] done = new boolean[graph.size()];
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    queue.add(new double[] {startSeconds, 0});
    while (!queue.isEmpty()) {
      int from = (int) queue.poll()[1];
      if (done[from]) {
        continue;
      }
      done[from] = true;
      int passed = menus[from] + (isMenu(from) ? 1 : 0);
      for (StateGraph.Edge e : graph.edges(from)) {
        double cost = seconds[from] + e.seconds();
        if (!e.failed() && cost < seconds[e.target()]) {
          seconds[e.target()] = cost;
          via[e.target()] = e;
          menus[e.target()] = passed;
          queue.add(new double[] {cost, e.target()});
        }
      }
    }
  }

  /** True when the state waits at a menu. */
  boolean isMenu(int state) {
    var s = graph.state(state);
    return !s.ended() && graph.flow().flow(s.currentFlow()).node(s.node()) instanceof Node.Menu;
  }

  boolean reached(int state) {
    return seconds[state] != Double.POSITIVE_INFINITY;
  }

  double seconds(int state) {
    return seconds[state];
  }

  /** The menus the quickest route to the state passes (the state's own menu not counted). */
  int menusBefore(int state) {
    return menus[state];
  }

  /** The moves of the quickest route to the state. */
  List<StateGraph.Edge> route(int state) {
    List<StateGraph.Edge> edges = new ArrayList<>();
    for (StateGraph.Edge e = via[state]; e != null; e = via[e.from()]) {
      edges.add(e);
    }
    Collections.reverse(edges);
    return edges;
  }

  /** The quickest route to the state. */
  PathFinder.Path to(int state) {
    return path(route(state), seconds[state]);
  }

  /** The quickest route through the edge: to its state, then the edge. */
  PathFinder.Path through(StateGraph.Edge edge) {
    List<StateGraph.Edge> edges = new ArrayList<>(route(edge.from()));
    edges.add(edge);
    return path(edges, seconds[edge.from()] + edge.seconds());
  }

  static PathFinder.Path path(List<StateGraph.Edge> edges, double seconds) {
    return new PathFinder.Path(
        edges.stream().map(e -> e.move().input()).toList(),
        edges.stream().map(e -> e.move().description()).toList(),
        seconds);
  }
}
