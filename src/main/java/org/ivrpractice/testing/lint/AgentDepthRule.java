package org.ivrpractice.testing.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowGraph;
import org.ivrpractice.flow.Node;

/**
 * {@code agent-too-deep}: the quickest way from the start of a line to any transfer should not make
 * a caller answer more than {@link #MAX_WAITS} menus or entries. Counted on the flows' graph
 * (options, escapes, entries, sub-flow calls and returns; not fallbacks, which take mistakes), so
 * it holds whatever the practice data.
 */
final class AgentDepthRule implements LintRule {

  /** The most menus and entries a caller should answer before reaching an agent. */
  static final int MAX_WAITS = 4;

  @Override
  public String id() {
    return "agent-too-deep";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a caller must answer more than " + MAX_WAITS + " menus or entries to reach an agent";
  }

  @Override
  public void check(Flow line, LintContext context) {
    if (line.isSubflow()) {
      return;
    }
    int waits = waitsToAgent(line);
    if (waits > MAX_WAITS) {
      Node start = line.node(line.start());
      context.report(
          start,
          waits == Integer.MAX_VALUE
              ? "no choice of a caller leads to an agent (only mistakes might)"
              : "the quickest way to an agent makes a caller answer "
                  + waits
                  + " menus or entries; more than "
                  + MAX_WAITS
                  + " loses callers",
          "keep the agent escape on at the first menus, or offer an agent option earlier; "
              + context.silence());
    }
  }

  /** The fewest menus and entries answered on a way from the start to a transfer. */
  static int waitsToAgent(Flow line) {
    Map<String, FlowGraph> graphs = new HashMap<>();
    Map<String, Integer> best = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    String start = line.id() + "/" + line.start();
    best.put(start, 0);
    todo.add(start);
    int found = Integer.MAX_VALUE;
    while (!todo.isEmpty()) {
      String site = todo.pollFirst();
      int cost = best.get(site);
      Flow flow = line.flow(site.substring(0, site.indexOf('/')));
      Node node = flow.node(site.substring(site.indexOf('/') + 1));
      if (node instanceof Node.Transfer) {
        found = Math.min(found, cost);
        continue;
      }
      int step = node instanceof Node.Waiting ? 1 : 0;
      FlowGraph graph = graphs.computeIfAbsent(flow.id(), id -> new FlowGraph(flow));
      for (String next : next(line, flow, graph, node)) {
        if (cost + step < best.getOrDefault(next, Integer.MAX_VALUE)) {
          best.put(next, cost + step);
          if (step == 0) {
            todo.addFirst(next);
          } else {
            todo.addLast(next);
          }
        }
      }
    }
    return found;
  }

  private static List<String> next(Flow line, Flow flow, FlowGraph graph, Node node) {
    List<String> out = new ArrayList<>();
    if (node instanceof Node.Subflow s) {
      out.add(s.flow() + "/" + line.flow(s.flow()).start());
    } else if (node instanceof Node.Return r) {
      returns(line, flow.id(), r.exit(), out);
    } else {
      for (FlowGraph.Edge e : graph.edges(node.id())) {
        if (!e.label().equals("fallback") && !e.label().startsWith("escape ")) {
          out.add(flow.id() + "/" + e.target());
        }
      }
      escapes(line, node, out);
    }
    return out;
  }

  private static void escapes(Flow line, Node node, List<String> out) {
    if (!(node instanceof Node.Waiting waiting)) {
      return;
    }
    for (Escape e : line.escapes()) {
      if (waiting.input().escapes().contains(e.name()) && !e.isRepeat()) {
        out.add(line.id() + "/" + e.target());
      }
    }
  }

  private static void returns(Flow line, String subflowId, String exit, List<String> out) {
    List<Flow> flows = new ArrayList<>(List.of(line));
    flows.addAll(line.subflows().values());
    for (Flow caller : flows) {
      for (Node n : caller.nodes().values()) {
        if (n instanceof Node.Subflow s
            && s.flow().equals(subflowId)
            && s.exits().get(exit) != null) {
          out.add(caller.id() + "/" + s.exits().get(exit));
        }
      }
    }
  }
}
