package org.ivrpractice.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks on a flow's graph: nodes no call can reach, nodes from which no call can end, and
 * loops that never wait for the caller (so no retry counter can stop them).
 */
final class GraphChecks {

  private final Flow flow;
  private final FlowGraph graph;
  private final Problems problems;
  private final Map<String, Set<String>> subflowEscapes;

  /**
   * @param subflowEscapes for each sub-flow call, the nodes of this flow that the global escapes
   *     kept inside the sub-flow lead to (its graph cannot see them)
   */
  GraphChecks(
      Flow flow, FlowGraph graph, Map<String, Set<String>> subflowEscapes, Problems problems) {
    this.flow = flow;
    this.graph = graph;
    this.subflowEscapes = subflowEscapes;
    this.problems = problems;
  }

  /**
   * The nodes each way out of {@code nodeId} leads to, escapes taken inside a sub-flow included.
   */
  private List<String> targets(String nodeId) {
    List<String> out = new ArrayList<>();
    graph.edges(nodeId).forEach(e -> out.add(e.target()));
    out.addAll(subflowEscapes.getOrDefault(nodeId, Set.of()));
    return out;
  }

  void run() {
    if (flow.start() == null || !flow.nodes().containsKey(flow.start())) {
      return;
    }
    Set<String> reachable = reachableForgivingTypos();
    // A missing target (reported already) may be the very way to the nodes not reached.
    boolean allTargetsWritten =
        reachable.stream()
            .flatMap(id -> graph.edges(id).stream())
            .allMatch(e -> e.target() != null);
    for (Node node : flow.nodes().values()) {
      if (allTargetsWritten && !reachable.contains(node.id())) {
        problems.add(
            node.position(),
            node.id(),
            "no call can reach this node",
            "point an option, next or goto at it, or remove it");
      }
    }
    Set<String> canEnd = canEnd();
    for (String id : reachable) {
      if (!canEnd.contains(id)) {
        problems.add(
            flow.node(id).position(),
            id,
            "the node has no way out: no path from it reaches a"
                + " transfer, hangup"
                + (flow.isSubflow() ? ", return" : "")
                + " or agent",
            "give it (or a node after it) a way to end the call, for example an option to an"
                + " agent, or keep the global escapes on");
      }
    }
    loopsWithoutInput(reachable);
  }

  /**
   * The nodes reachable from the start, where a target that names no node counts as reaching the
   * node it was most likely meant to name: that mistake is reported once, as the unknown target,
   * and not again as an unreachable node.
   */
  private Set<String> reachableForgivingTypos() {
    Set<String> seen = new HashSet<>(Set.of(flow.start()));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (String target : targets(todo.poll())) {
        if (target != null && !flow.nodes().containsKey(target)) {
          target = Problems.closest(target, flow.nodes().keySet());
        }
        if (target != null && seen.add(target)) {
          todo.add(target);
        }
      }
    }
    return seen;
  }

  /** The nodes from which some path ends the call or leaves the flow file. */
  private Set<String> canEnd() {
    Map<String, List<String>> incoming = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    Set<String> ends = new HashSet<>();
    for (Node node : flow.nodes().values()) {
      for (String target : targets(node.id())) {
        incoming.computeIfAbsent(target, k -> new ArrayList<>()).add(node.id());
      }
      boolean broken =
          graph.edges(node.id()).stream()
              .anyMatch(e -> e.target() == null || !flow.nodes().containsKey(e.target()));
      if (graph.endsOrLeaves(node.id())
          || broken) { // a missing or unknown target is reported already
        ends.add(node.id());
        todo.add(node.id());
      }
    }
    while (!todo.isEmpty()) {
      for (String from : incoming.getOrDefault(todo.poll(), List.of())) {
        if (ends.add(from)) {
          todo.add(from);
        }
      }
    }
    return ends;
  }

  /**
   * Reports each cycle made only of nodes that run straight on (Tarjan's strongly connected parts).
   */
  private void loopsWithoutInput(Set<String> reachable) {
    Tarjan tarjan = new Tarjan();
    for (String id : reachable) {
      if (!tarjan.index.containsKey(id) && !waits(id)) {
        tarjan.visit(id);
      }
    }
  }

  private boolean waits(String id) {
    Node node = flow.nodes().get(id);
    return node == null || node instanceof Node.Waiting;
  }

  private final class Tarjan {
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Integer> low = new HashMap<>();
    final Deque<String> stack = new ArrayDeque<>();
    final Set<String> onStack = new HashSet<>();
    int counter;

    void visit(String v) {
      index.put(v, counter);
      low.put(v, counter++);
      stack.push(v);
      onStack.add(v);
      boolean selfLoop = false;
      for (FlowGraph.Edge e : graph.edges(v)) {
        String w = e.target();
        if (w == null || waits(w)) {
          continue;
        }
        selfLoop |= w.equals(v);
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> part = new ArrayList<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          part.add(0, w);
        } while (!w.equals(v));
        if (part.size() > 1 || selfLoop) {
          report(part);
        }
      }
    }
  }

  private void report(List<String> cycle) {
    String first = cycle.get(0);
    StringBuilder path = new StringBuilder();
    for (String id : cycle) {
      path.append('[').append(id).append("] -> ");
    }
    path.append('[').append(first).append(']');
    problems.add(
        flow.node(first).position(),
        first,
        "the loop "
            + path
            + " never waits for the caller, so"
            + " no retry counter can stop it and the call would spin forever",
        "route the loop through a menu or collect (they count retries), or end it");
  }
}
