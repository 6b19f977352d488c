package org.ivrpractice.testing.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Problem;

/**
 * Explores every call state of a phone line, with every move of {@link CallerMoves} at every wait,
 * and reports what a reading of the YAML cannot show: nodes no call reaches (a branch case no
 * practice data meets), loops a caller cannot leave, and how quickly and how slowly a caller
 * reaches each queue, hangup and ending. Sub-flows are explored as their lines call them.
 */
public final class Explorer {

  private final int maxStates;

  public Explorer() {
    this(PathFinder.MAX_STATES);
  }

  public Explorer(int maxStates) {
    this.maxStates = maxStates;
  }

  /** Explores a phone line (not a sub-flow: sub-flows are explored through their callers). */
  public ExplorationReport explore(Flow flow) {
    long started = System.nanoTime();
    StateGraph graph = StateGraph.explore(flow, null, maxStates);
    if (graph.startTurn() == null) {
      return cannotStart(flow, graph, started);
    }
    QuickestRoutes quick = new QuickestRoutes(graph);
    Departments departments = new Departments(graph, quick);
    Set<String> reached = reached(graph);
    List<ExplorationReport.Finding> findings = new ArrayList<>();
    findings.addAll(unreachable(flow, reached));
    findings.addAll(Traps.find(graph, quick));
    findings.addAll(engineErrors(graph, quick));
    return new ExplorationReport(
        flow.id(),
        graph.size(),
        graph.truncated(),
        Duration.ofNanos(System.nanoTime() - started),
        findings,
        departments.list(),
        deepestMenu(graph, quick),
        departments.fastestAgent(),
        departments.slowestAgent(),
        departments.cut(),
        reached);
  }

  private static ExplorationReport cannotStart(Flow flow, StateGraph graph, long started) {
    Node start = flow.node(flow.start());
    Problem p =
        new Problem(
            start.position(),
            start.id(),
            "the call cannot start: " + graph.startError(),
            "make the nodes after the start wait for the caller (a menu or collect)");
    return new ExplorationReport(
        flow.id(),
        0,
        false,
        Duration.ofNanos(System.nanoTime() - started),
        List.of(
            new ExplorationReport.Finding(ExplorationReport.Finding.Kind.ENGINE_ERROR, p, null)),
        List.of(),
        null,
        null,
        null,
        false,
        Set.of());
  }

  /** How a report names a node: {@code node} in the line, {@code flow/node} in a sub-flow. */
  static String siteName(Flow line, String flowId, String nodeId) {
    return line.id().equals(flowId) ? nodeId : flowId + "/" + nodeId;
  }

  /** Every node some turn entered, as {@code flow/node}. */
  private static Set<String> reached(StateGraph graph) {
    Set<String> out = new TreeSet<>();
    entered(graph.startTurn(), out);
    for (int i = 0; i < graph.size(); i++) {
      graph.edges(i).forEach(e -> entered(e.turn(), out));
    }
    return out;
  }

  private static void entered(Turn turn, Set<String> out) {
    if (turn != null) {
      for (Event e : turn.events()) {
        if (e.kind() == Event.Kind.ENTERED) {
          out.add(e.flowId() + "/" + e.nodeId());
        }
      }
    }
  }

  /** The line's own nodes that no call entered (sub-flows: see {@link #unreachedInSubflows}). */
  private static List<ExplorationReport.Finding> unreachable(Flow flow, Set<String> reached) {
    List<ExplorationReport.Finding> out = new ArrayList<>();
    for (Node node : flow.nodes().values()) {
      if (!reached.contains(flow.id() + "/" + node.id())) {
        out.add(unreachableFinding(node, node.id()));
      }
    }
    return out;
  }

  private static ExplorationReport.Finding unreachableFinding(Node node, String name) {
    Problem p =
        new Problem(
            node.position(),
            name,
            "no call reaches this node, with every key, escape, silence and practice entry tried"
                + " from the start",
            "check the branch conditions and lookups on the way here (does any practice record"
                + " meet them?), or remove the node");
    return new ExplorationReport.Finding(ExplorationReport.Finding.Kind.UNREACHABLE, p, null);
  }

  /**
   * The nodes of the sub-flows that no explored line reaches.
   *
   * @param flows every flow loaded, sub-flows included
   */
  public static List<ExplorationReport.Finding> unreachedInSubflows(
      List<ExplorationReport> reports, Map<String, Flow> flows) {
    Set<String> reached = new TreeSet<>();
    Set<String> called = new TreeSet<>();
    for (ExplorationReport report : reports) {
      reached.addAll(report.reached());
      called.addAll(flows.get(report.flowId()).subflows().keySet());
    }
    List<ExplorationReport.Finding> out = new ArrayList<>();
    for (String id : called) {
      for (Node node : flows.get(id).nodes().values()) {
        if (!reached.contains(id + "/" + node.id())) {
          out.add(unreachableFinding(node, id + "/" + node.id()));
        }
      }
    }
    return out;
  }

  private static List<ExplorationReport.Finding> engineErrors(
      StateGraph graph, QuickestRoutes quick) {
    Map<String, ExplorationReport.Finding> out = new LinkedHashMap<>();
    for (int i = 0; i < graph.size(); i++) {
      for (StateGraph.Edge e : graph.edges(i)) {
        var state = graph.state(i);
        String name = siteName(graph.flow(), state.currentFlow(), state.node());
        if (e.failed() && !out.containsKey(name + e.error())) {
          Node node = graph.flow().flow(state.currentFlow()).node(state.node());
          Problem p =
              new Problem(
                  node.position(),
                  name,
                  "'" + e.move().description() + "' here makes the call fail: " + e.error(),
                  "make the nodes after it wait for the caller, or end the call");
          out.put(
              name + e.error(),
              new ExplorationReport.Finding(
                  ExplorationReport.Finding.Kind.ENGINE_ERROR, p, quick.through(e)));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** Of the menus, each at its quickest state, the one with the most menus on its route. */
  private static ExplorationReport.DeepestMenu deepestMenu(StateGraph graph, QuickestRoutes q) {
    ExplorationReport.DeepestMenu deepest = null;
    Set<String> seen = new java.util.HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      if (q.reached(i) && q.isMenu(i)) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble(q::seconds));
    for (int i : order) {
      var s = graph.state(i);
      String name = siteName(graph.flow(), s.currentFlow(), s.node());
      int menus = q.menusBefore(i) + 1;
      if (seen.add(name) && (deepest == null || menus > deepest.menus())) {
        deepest = new ExplorationReport.DeepestMenu(name, menus, q.to(i));
      }
    }
    return deepest;
  }
}
