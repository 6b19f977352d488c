package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;

/**
 * For every call state of a line, the first move of the quickest way on to a goal: the explorer's
 * state graph walked once, then searched backwards from the goal (Dijkstra, cost in {@link
 * CallTiming} seconds), so that many simulated callers can ask "what now?" from wherever they stand
 * for the price of a look-up. The answers are those {@link PathFinder#shortestFrom} would give from
 * the same states; a state outside the graph (the exploration's bound) has none, and its caller
 * asks {@link PathFinder} instead.
 */
public final class GoalMoves {

  private final StateGraph graph;
  private final List<List<StateGraph.Edge>> into;

  private GoalMoves(StateGraph graph) {
    this.graph = graph;
    this.into = new ArrayList<>(graph.size());
    for (int i = 0; i < graph.size(); i++) {
      into.add(new ArrayList<>());
    }
    for (int i = 0; i < graph.size(); i++) {
      for (StateGraph.Edge e : graph.edges(i)) {
        if (!e.failed()) {
          into.get(e.target()).add(e);
        }
      }
    }
  }

  /**
   * Explores the line from its start (every language its menus offer) up to {@code maxStates}, with
   * calls that see no records earlier calls saved (as {@link PathFinder}'s do).
   */
  public static GoalMoves explore(Flow line, int maxStates) {
    return new GoalMoves(StateGraph.exploreWith(new Engine(), line, null, maxStates));
  }

  /** How many call states the graph holds. */
  public int states() {
    return graph.size();
  }

  /** The first moves toward one goal, from every state that can reach it. */
  public Toward toward(Predicate<Turn> goal) {
    int n = graph.size();
    double[] seconds = new double[n];
    StateGraph.Edge[] best = new StateGraph.Edge[n];
    Arrays.fill(seconds, Double.POSITIVE_INFINITY);
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    for (int i = 0; i < n; i++) {
      for (StateGraph.Edge e : graph.edges(i)) {
        if (!e.failed() && goal.test(e.turn()) && e.seconds() < seconds[i]) {
          seconds[i] = e.seconds();
          best[i] = e;
        }
      }
      if (best[i] != null) {
        queue.add(new double[] {seconds[i], i});
      }
    }
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int at = (int) top[1];
      if (top[0] > seconds[at]) {
        continue;
      }
      for (StateGraph.Edge e : into.get(at)) {
        double cost = e.seconds() + seconds[at];
        if (!goal.test(e.turn()) && cost < seconds[e.from()]) {
          seconds[e.from()] = cost;
          best[e.from()] = e;
          queue.add(new double[] {cost, e.from()});
        }
      }
    }
    return new Toward(best, seconds);
  }

  /** The first moves toward one goal. */
  public final class Toward {
    private final StateGraph.Edge[] best;
    private final double[] seconds;

    private Toward(StateGraph.Edge[] best, double[] seconds) {
      this.best = best;
      this.seconds = seconds;
    }

    /**
     * The estimated seconds of the quickest way from {@code state} to the goal (infinite when it
     * cannot be reached, NaN when the state is not in the graph).
     */
    public double seconds(CallState state) {
      int i = graph.indexOf(state);
      return i < 0 ? Double.NaN : seconds[i];
    }

    /**
     * The first input of the quickest way from {@code state} to the goal; empty when the goal
     * cannot be reached from there; null when the state is not in the graph.
     */
    public Optional<Input> next(CallState state) {
      int i = graph.indexOf(state);
      if (i < 0) {
        return null;
      }
      return best[i] == null ? Optional.empty() : Optional.of(best[i].move().input());
    }

    /** True when the goal can be reached from the start of a call. */
    public boolean reachableFromStart() {
      return best.length > 0 && best[0] != null;
    }
  }
}
