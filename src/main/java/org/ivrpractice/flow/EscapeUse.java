package org.ivrpractice.flow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which global escapes a phone line's callers can take, and where: at each menu and collect that
 * keeps them, and inside each sub-flow the line calls (whose escapes lead back to the line's
 * nodes).
 */
final class EscapeUse {

  private final Flow flow;
  private final Map<String, FlowReader.Draft> all;

  EscapeUse(Flow flow, Map<String, FlowReader.Draft> all) {
    this.flow = flow;
    this.all = all;
  }

  /** For each escape a call can take, the first node of the flow where it can. */
  Map<String, String> firstNodes() {
    Map<String, String> first = new LinkedHashMap<>();
    for (Node node : flow.nodes().values()) {
      at(node).forEach(name -> first.putIfAbsent(name, node.id()));
    }
    return first;
  }

  /** For each sub-flow call, the nodes of this flow that the escapes taken inside it lead to. */
  Map<String, Set<String>> targetsThroughSubflows() {
    Map<String, Set<String>> out = new HashMap<>();
    if (flow.isSubflow()) {
      return out; // they leave this flow too, for its caller
    }
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Subflow) {
        Set<String> used = at(node);
        Set<String> targets = new HashSet<>();
        for (Escape e : flow.escapes()) {
          if (used.contains(e.name()) && !e.isRepeat()) {
            targets.add(e.target());
          }
        }
        out.put(node.id(), targets);
      }
    }
    return out;
  }

  /** The escapes a call can take at {@code node}, or in a sub-flow it calls. */
  Set<String> at(Node node) {
    Set<String> used = new HashSet<>();
    collect(node, used, new HashSet<>(Set.of(flow.id())));
    return used;
  }

  private void collect(Node node, Set<String> used, Set<String> visited) {
    if (node instanceof Node.Waiting waiting) {
      InputSettings input = waiting.input();
      used.addAll(input.escapes());
      if (input.fallback() == null) {
        used.add(Escape.AGENT); // after the retries, the call goes to the agent escape's node
      }
    }
    if (node instanceof Node.Subflow s && all.containsKey(s.flow()) && visited.add(s.flow())) {
      for (Node inner : all.get(s.flow()).flow().nodes().values()) {
        collect(inner, used, visited);
      }
    }
  }
}
