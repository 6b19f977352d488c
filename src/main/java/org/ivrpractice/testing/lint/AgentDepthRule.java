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
import org.ivrpractice.flow.NodeVisitor;

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
    node.accept(new NextSites(line, flow, graph, out));
    return out;
  }

  /**
   * Where a caller's choice can take the call from each kind of node: along the graph's edges
   * (fallbacks and escapes left out), plus the escapes a waiting node keeps, into a sub-flow, or
   * back from one.
   */
  private static final class NextSites implements NodeVisitor<Void> {
    private final Flow line;
    private final Flow flow;
    private final FlowGraph graph;
    private final List<String> out;

    NextSites(Flow line, Flow flow, FlowGraph graph, List<String> out) {
      this.line = line;
      this.flow = flow;
      this.graph = graph;
      this.out = out;
    }

    public Void visit(Node.Say node) {
      return edges(node);
    }

    public Void visit(Node.Menu node) {
      edges(node);
      return escapes(node);
    }

    public Void visit(Node.Collect node) {
      edges(node);
      return escapes(node);
    }

    public Void visit(Node.Lookup node) {
      return edges(node);
    }

    public Void visit(Node.Branch node) {
      return edges(node);
    }

    public Void visit(Node.Reference node) {
      return edges(node);
    }

    public Void visit(Node.Save node) {
      return edges(node);
    }

    public Void visit(Node.Transfer node) {
      return edges(node);
    }

    public Void visit(Node.Hangup node) {
      return edges(node);
    }

    public Void visit(Node.Subflow node) {
      out.add(node.flow() + "/" + line.flow(node.flow()).start());
      return null;
    }

    public Void visit(Node.Return node) {
      returns(line, flow.id(), node.exit(), out);
      return null;
    }

    private Void edges(Node node) {
      for (FlowGraph.Edge e : graph.edges(node.id())) {
        if (!e.label().equals("fallback") && !e.label().startsWith("escape ")) {
          out.add(flow.id() + "/" + e.target());
        }
      }
      return null;
    }

    private Void escapes(Node.Waiting node) {
      for (Escape e : line.escapes()) {
        if (node.input().escapes().contains(e.name()) && !e.isRepeat()) {
          out.add(line.id() + "/" + e.target());
        }
      }
      return null;
    }
  }

  private static void returns(Flow line, String subflowId, String exit, List<String> out) {
    for (Flow caller : line.allFlows()) {
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
