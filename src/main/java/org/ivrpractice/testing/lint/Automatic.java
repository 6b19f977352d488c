package org.ivrpractice.testing.lint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowGraph;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.NodeVisitor;

/**
 * Where a choice lands: from a node, the call runs on through the nodes that do not wait (say,
 * lookup, branch, reference: every way they may go) and stops at the first node that waits, ends or
 * leaves the flow. Used to tell whether an option leads to an agent, or back to its menu.
 */
final class Automatic {

  /** True for the kinds that go straight on to another node of the flow. */
  private static final NodeVisitor<Boolean> RUNS_ON =
      new NodeVisitor<>() {
        public Boolean visit(Node.Say node) {
          return true;
        }

        public Boolean visit(Node.Menu node) {
          return false;
        }

        public Boolean visit(Node.Collect node) {
          return false;
        }

        public Boolean visit(Node.Lookup node) {
          return true;
        }

        public Boolean visit(Node.Branch node) {
          return true;
        }

        public Boolean visit(Node.Reference node) {
          return true;
        }

        public Boolean visit(Node.Save node) {
          return true;
        }

        public Boolean visit(Node.Transfer node) {
          return false;
        }

        public Boolean visit(Node.Hangup node) {
          return false;
        }

        public Boolean visit(Node.Subflow node) {
          return false; // the call leaves the flow
        }

        public Boolean visit(Node.Return node) {
          return false;
        }
      };

  private Automatic() {}

  /**
   * The nodes the call may stop at after entering {@code start} (itself, if it stops there).
   *
   * @param graph the flow's graph, built once per flow by the caller (building it per option made
   *     linting quadratic in the flow's size)
   */
  static Set<Node> landings(Flow flow, FlowGraph graph, String start) {
    Set<Node> out = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String id = todo.poll();
      Node node = flow.nodes().get(id);
      if (node == null || !seen.add(id)) {
        continue;
      }
      if (runsOn(node)) {
        graph.edges(id).forEach(e -> todo.add(e.target()));
      } else {
        out.add(node);
      }
    }
    return out;
  }

  private static boolean runsOn(Node node) {
    return node.accept(RUNS_ON);
  }
}
