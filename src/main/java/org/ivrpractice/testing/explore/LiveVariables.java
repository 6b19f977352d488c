package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.InputSettings;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.NodeVisitor;
import org.ivrpractice.flow.TestedVariables;

/**
 * For each node of a phone line (its sub-flows included), the variables whose value can still
 * change where a call goes: those a later branch condition or lookup may read before anything sets
 * them again. Two call states that differ only in other variables (a reference number, a delivery
 * choice, a card number already looked up) go the same ways, so a search counts them as one state;
 * without this, every variable a caller ever set would multiply the states of the rest of the call.
 *
 * <p>A classic backward liveness analysis over the flows' nodes, with the ways out that the engine
 * takes: options, next, found and not-found, cases, sub-flow calls and returns (to every caller),
 * escapes and fallbacks. What a way out sets (a collect's variable, an option's {@code set}, the
 * fields every record of a lookup's table has) is dead before it. The practice crowd keys the
 * routes its callers share by the same variables.
 */
public final class LiveVariables {

  /**
   * A way from one node to another, and the variables it sets for certain: by name, and every
   * variable under a prefix (a lookup that finds a record replaces all of {@code as.}).
   */
  private record Link(String target, Set<String> sets, String setsPrefix) {
    Link(String target, Set<String> sets) {
      this(target, sets, null);
    }

    boolean sets(String variable) {
      return sets.contains(variable) || (setsPrefix != null && variable.startsWith(setsPrefix));
    }
  }

  private final Map<String, Set<String>> reads = new HashMap<>();
  private final Map<String, List<Link>> links = new LinkedHashMap<>();
  private final Map<String, Set<String>> live = new HashMap<>();

  private LiveVariables(Flow top) {
    List<Flow> flows = top.allFlows();
    for (Flow flow : flows) {
      for (Node node : flow.nodes().values()) {
        String site = site(flow.id(), node.id());
        reads.put(site, readsOf(node));
        links.put(site, linksOf(top, flows, flow, node));
      }
    }
    solve();
  }

  public static LiveVariables of(Flow top) {
    return new LiveVariables(top);
  }

  /** The variables that may still matter at this node. */
  public Set<String> at(String flowId, String nodeId) {
    return live.getOrDefault(site(flowId, nodeId), Set.of());
  }

  private void solve() {
    links.keySet().forEach(site -> live.put(site, new HashSet<>(reads.get(site))));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, List<Link>> entry : links.entrySet()) {
        Set<String> mine = live.get(entry.getKey());
        for (Link link : entry.getValue()) {
          for (String variable : live.getOrDefault(link.target(), Set.of())) {
            if (!link.sets(variable) && mine.add(variable)) {
              changed = true;
            }
          }
        }
      }
    }
  }

  private static Set<String> readsOf(Node node) {
    Set<String> out = new HashSet<>();
    TestedVariables.of(node).values().forEach(out::addAll);
    return out;
  }

  private static List<Link> linksOf(Flow top, List<Flow> flows, Flow flow, Node node) {
    List<Link> out = new ArrayList<>();
    node.accept(new LinkCollector(top, flows, flow, out));
    return out;
  }

  private static String site(String flowId, String nodeId) {
    return flowId + "/" + nodeId;
  }

  /** The ways out of each kind of node. */
  private static final class LinkCollector implements NodeVisitor<Void> {
    private final Flow top;
    private final List<Flow> flows;
    private final Flow flow;
    private final List<Link> out;

    LinkCollector(Flow top, List<Flow> flows, Flow flow, List<Link> out) {
      this.top = top;
      this.flows = flows;
      this.flow = flow;
      this.out = out;
    }

    private void to(String nodeId, Set<String> sets) {
      out.add(new Link(site(flow.id(), nodeId), sets));
    }

    public Void visit(Node.Say n) {
      to(n.next(), Set.of());
      return null;
    }

    public Void visit(Node.Menu n) {
      n.options().forEach(o -> to(o.target(), o.set().keySet()));
      return waits(n.input());
    }

    public Void visit(Node.Collect n) {
      to(n.next(), Set.of(n.into()));
      return waits(n.input());
    }

    public Void visit(Node.Lookup n) {
      // A found record replaces every variable under its prefix (the engine drops the last one's).
      out.add(new Link(site(flow.id(), n.found()), Set.of(), n.as() + "."));
      to(n.notFound(), Set.of());
      return null;
    }

    public Void visit(Node.Branch n) {
      n.cases().forEach(c -> to(c.target(), Set.of()));
      to(n.otherwise(), Set.of());
      return null;
    }

    public Void visit(Node.Reference n) {
      to(n.next(), Set.of(n.into()));
      return null;
    }

    public Void visit(Node.Save n) {
      to(n.next(), Set.of());
      return null;
    }

    public Void visit(Node.Transfer n) {
      return null;
    }

    public Void visit(Node.Hangup n) {
      return null;
    }

    public Void visit(Node.Subflow n) {
      out.add(new Link(site(n.flow(), top.flow(n.flow()).start()), Set.of()));
      return null;
    }

    /** A return goes on at the exit's node of every node that calls this sub-flow. */
    public Void visit(Node.Return n) {
      for (Flow caller : flows) {
        for (Node node : caller.nodes().values()) {
          if (node instanceof Node.Subflow s
              && s.flow().equals(flow.id())
              && s.exits().get(n.exit()) != null) {
            out.add(new Link(site(caller.id(), s.exits().get(n.exit())), Set.of()));
          }
        }
      }
      return null;
    }

    /** Escapes lead to the line's nodes; the fallback to the node's own flow, or the agent. */
    private Void waits(InputSettings input) {
      for (Escape e : top.escapes()) {
        if (input.escapes().contains(e.name()) && !e.isRepeat()) {
          out.add(new Link(site(top.id(), e.target()), Set.of()));
        }
      }
      if (input.fallback() != null) {
        to(input.fallback(), Set.of());
      } else if (top.escape(Escape.AGENT) != null) {
        out.add(new Link(site(top.id(), top.escape(Escape.AGENT).target()), Set.of()));
      }
      return null;
    }
  }
}
