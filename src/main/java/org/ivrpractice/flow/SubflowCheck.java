package org.ivrpractice.flow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@code subflow} node: the sub-flow exists, is one, is not recursive, and every exit is
 * mapped.
 */
final class SubflowCheck {

  private final Flow flow;
  private final SourceMap sources;
  private final Map<String, FlowReader.Draft> all;
  private final Set<String> unreadable;
  private final Problems problems;

  SubflowCheck(
      Flow flow,
      SourceMap sources,
      Map<String, FlowReader.Draft> all,
      Set<String> unreadable,
      Problems problems) {
    this.flow = flow;
    this.sources = sources;
    this.all = all;
    this.unreadable = unreadable;
    this.problems = problems;
  }

  void check(Node.Subflow n) {
    if (n.flow() == null || (!all.containsKey(n.flow()) && unreadable.contains(n.flow()))) {
      return; // no sub-flow named, or its file is too broken to read: reported already
    }
    Position at = sources.at(n.id(), "flow", n.position());
    FlowReader.Draft target = all.get(n.flow());
    if (target == null) {
      problems.add(
          at,
          n.id(),
          "there is no sub-flow '" + n.flow() + "'",
          Problems.suggestion(n.flow(), all.keySet(), "the flows"));
      return;
    }
    Flow sub = target.flow();
    if (!sub.isSubflow()) {
      problems.add(
          at,
          n.id(),
          "'" + n.flow() + "' is a phone line, not a sub-flow (it declares no exits)",
          "declare exits: [...] in " + sub.source() + " and end it with return nodes");
      return;
    }
    if (calls(sub.id(), flow.id())) {
      problems.add(
          at,
          n.id(),
          "calling '"
              + n.flow()
              + "' from '"
              + flow.id()
              + "' makes sub-flows call each"
              + " other in a circle",
          "let the sub-flows return instead of calling back");
    }
    checkExits(n, sub);
  }

  /** Every exit the sub-flow has is mapped to a node, and every exit mapped is one it has. */
  private void checkExits(Node.Subflow n, Flow sub) {
    for (String exit : sub.exits()) {
      if (!n.exits().containsKey(exit)) {
        problems.add(
            sources.at(n.id(), "exits", n.position()),
            n.id(),
            "'"
                + n.flow()
                + "' can end through its exit '"
                + exit
                + "', which this call sends"
                + " to no node",
            "add " + exit + ": <node id> under exits");
      }
    }
    for (String exit : n.exits().keySet()) {
      if (!sub.exits().contains(exit)) {
        problems.add(
            sources.at(n.id(), "exits." + exit, n.position()),
            n.id(),
            "'" + n.flow() + "' has no exit '" + exit + "'",
            Problems.suggestion(exit, sub.exits(), "its exits"));
      }
    }
  }

  /** True when {@code from} calls {@code to}, directly or not. */
  private boolean calls(String from, String to) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(from);
    while (!todo.isEmpty()) {
      String id = todo.poll();
      if (id.equals(to)) {
        return true;
      }
      FlowReader.Draft d = all.get(id);
      if (d == null || !seen.add(id)) {
        continue;
      }
      for (Node node : d.flow().nodes().values()) {
        if (node instanceof Node.Subflow s && s.flow() != null) {
          todo.add(s.flow());
        }
      }
    }
    return false;
  }
}
