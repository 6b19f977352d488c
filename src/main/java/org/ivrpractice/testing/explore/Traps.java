package org.ivrpractice.testing.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Problem;

/**
 * The call states from which no ending can be reached: a caller there can only hang up. States that
 * lead only to each other are reported once, as a loop (a trap) or, when no move leaves them at
 * all, as a dead end, at the first node a call reaches of them.
 */
final class Traps {

  private Traps() {}

  static List<ExplorationReport.Finding> find(StateGraph graph, QuickestRoutes quick) {
    boolean[] canEnd = canEnd(graph);
    boolean[] reported = new boolean[graph.size()];
    List<ExplorationReport.Finding> out = new ArrayList<>();
    int[] byTime =
        IntStream.range(0, graph.size())
            .filter(i -> !canEnd[i] && quick.reached(i))
            .boxed()
            .sorted(Comparator.comparingDouble(quick::seconds))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int first : byTime) {
      if (!reported[first]) {
        Set<String> nodes = region(graph, first, canEnd, reported);
        out.add(finding(graph, quick, first, nodes));
      }
    }
    return out;
  }

  private static ExplorationReport.Finding finding(
      StateGraph graph, QuickestRoutes quick, int first, Set<String> nodes) {
    CallState state = graph.state(first);
    Node node = graph.flow().flow(state.currentFlow()).node(state.node());
    boolean moves = graph.edges(first).stream().anyMatch(e -> !e.failed() && e.target() != first);
    String name = Explorer.siteName(graph.flow(), state.currentFlow(), state.node());
    Problem problem =
        moves
            ? new Problem(
                node.position(),
                name,
                "a caller who gets here can never reach an ending, only hang up: the call goes"
                    + " round "
                    + String.join(", ", nodes),
                "keep the agent escape on in this loop (remove escapes: false), or give it an"
                    + " option or fallback that leaves it")
            : new Problem(
                node.position(),
                name,
                "the call waits here, but nothing a caller does moves it on",
                "give the node an option, escape or fallback that leads on");
    return new ExplorationReport.Finding(
        moves ? ExplorationReport.Finding.Kind.TRAP : ExplorationReport.Finding.Kind.DEAD_END,
        problem,
        quick.to(first));
  }

  /** The trapped states reachable from {@code first}, marked reported; their nodes' names. */
  private static Set<String> region(
      StateGraph graph, int first, boolean[] canEnd, boolean[] reported) {
    Set<String> nodes = new LinkedHashSet<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(first));
    reported[first] = true;
    while (!todo.isEmpty()) {
      int s = todo.poll();
      CallState state = graph.state(s);
      nodes.add(Explorer.siteName(graph.flow(), state.currentFlow(), state.node()));
      for (StateGraph.Edge e : graph.edges(s)) {
        if (!e.failed() && !canEnd[e.target()] && !reported[e.target()]) {
          reported[e.target()] = true;
          todo.add(e.target());
        }
      }
    }
    return nodes;
  }

  /** The states from which some route ends the call (a failed move ends nothing). */
  private static boolean[] canEnd(StateGraph graph) {
    int n = graph.size();
    List<List<Integer>> into = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      into.add(new ArrayList<>());
    }
    boolean[] can = new boolean[n];
    Deque<Integer> todo = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      for (StateGraph.Edge e : graph.edges(i)) {
        if (!e.failed()) {
          into.get(e.target()).add(i);
        }
      }
      if (graph.state(i).ended() || graph.truncatedAt(i)) {
        can[i] = true;
        todo.add(i);
      }
    }
    while (!todo.isEmpty()) {
      for (int from : into.get(todo.poll())) {
        if (!can[from]) {
          can[from] = true;
          todo.add(from);
        }
      }
    }
    return can;
  }
}
