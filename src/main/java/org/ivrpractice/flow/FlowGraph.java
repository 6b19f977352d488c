package org.ivrpractice.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes of one flow file and the ways from each to the next: options, next, found and
 * not-found, branch cases, sub-flow exits, fallbacks and global escapes. Shared by the validator
 * and the flow analysis tools.
 */
public final class FlowGraph {

  /**
   * A way from one node to another.
   *
   * @param label what takes it, for messages ("option 1", "next", "escape agent")
   * @param target the node it goes to
   * @param key where it is written in the node ({@code options.0.goto}, {@code next}), for
   *     positions
   */
  public record Edge(String label, String target, String key) {}

  private final Flow flow;
  private final Map<String, List<Edge>> edges = new LinkedHashMap<>();
  private final Set<String> leaves = new HashSet<>();

  public FlowGraph(Flow flow) {
    this.flow = flow;
    for (Node node : flow.nodes().values()) {
      List<Edge> out = new ArrayList<>();
      boolean leavesFlow = node.accept(new EdgeCollector(out));
      edges.put(node.id(), List.copyOf(out));
      if (leavesFlow) {
        leaves.add(node.id());
      }
    }
  }

  /** The ways out of a node (targets may name no node in a broken flow). */
  public List<Edge> edges(String nodeId) {
    return edges.getOrDefault(nodeId, List.of());
  }

  /**
   * True when the node can end the call or leave this flow file: a transfer, a hangup, a return, or
   * (in a sub-flow) a fallback or escape that goes to the calling line.
   */
  public boolean endsOrLeaves(String nodeId) {
    return leaves.contains(nodeId);
  }

  /** Every node reachable from {@code from} (itself included), following edges to known nodes. */
  public Set<String> reachableFrom(String from) {
    return reachableFrom(from == null ? List.of() : List.of(from));
  }

  /** Every node reachable from any of {@code from} (themselves included; unknown ones skipped). */
  public Set<String> reachableFrom(Collection<String> from) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String id : from) {
      if (id != null && flow.nodes().containsKey(id) && seen.add(id)) {
        todo.add(id);
      }
    }
    while (!todo.isEmpty()) {
      for (Edge e : edges(todo.poll())) {
        if (flow.nodes().containsKey(e.target()) && seen.add(e.target())) {
          todo.add(e.target());
        }
      }
    }
    return seen;
  }

  private final class EdgeCollector implements NodeVisitor<Boolean> {
    private final List<Edge> out;

    EdgeCollector(List<Edge> out) {
      this.out = out;
    }

    public Boolean visit(Node.Say n) {
      out.add(new Edge("next", n.next(), "next"));
      return false;
    }

    public Boolean visit(Node.Menu n) {
      for (int i = 0; i < n.options().size(); i++) {
        Node.Option o = n.options().get(i);
        out.add(new Edge("option " + o.digit(), o.target(), "options." + i + ".goto"));
      }
      return input(n.input());
    }

    public Boolean visit(Node.Collect n) {
      out.add(new Edge("next", n.next(), "next"));
      return input(n.input());
    }

    public Boolean visit(Node.Lookup n) {
      out.add(new Edge("found", n.found(), "found"));
      out.add(new Edge("notFound", n.notFound(), "notFound"));
      return false;
    }

    public Boolean visit(Node.Branch n) {
      for (int i = 0; i < n.cases().size(); i++) {
        out.add(new Edge("case " + (i + 1), n.cases().get(i).target(), "when." + i + ".goto"));
      }
      out.add(new Edge("else", n.otherwise(), "else"));
      return false;
    }

    public Boolean visit(Node.Reference n) {
      out.add(new Edge("next", n.next(), "next"));
      return false;
    }

    public Boolean visit(Node.Save n) {
      out.add(new Edge("next", n.next(), "next"));
      return false;
    }

    public Boolean visit(Node.Transfer n) {
      return true;
    }

    public Boolean visit(Node.Hangup n) {
      return true;
    }

    public Boolean visit(Node.Subflow n) {
      n.exits()
          .forEach((exit, target) -> out.add(new Edge("exit " + exit, target, "exits." + exit)));
      return false;
    }

    public Boolean visit(Node.Return n) {
      return true;
    }

    /** Adds the fallback and escapes; true when one of them leaves a sub-flow for its caller. */
    private boolean input(InputSettings input) {
      boolean leaves = false;
      if (input.fallback() != null) {
        out.add(new Edge("fallback", input.fallback(), "fallback"));
      } else if (flow.isSubflow()) {
        leaves = true;
      }
      for (Escape e : flow.escapes()) {
        if (!input.escapes().contains(e.name()) || e.isRepeat()) {
          continue;
        }
        if (flow.isSubflow()) {
          leaves = true;
        } else {
          out.add(new Edge("escape " + e.name(), e.target(), "escape:" + e.name()));
        }
      }
      if (input.fallback() == null && !flow.isSubflow()) {
        Escape agent = flow.escape(Escape.AGENT);
        if (agent != null) {
          out.add(new Edge("fallback", agent.target(), "escape:" + Escape.AGENT));
        } else {
          leaves = true; // no agent escape: the engine hangs up after the limit
        }
      }
      return leaves;
    }
  }
}
