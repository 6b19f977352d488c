package org.ivrpractice.testing.lint;

import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowGraph;
import org.ivrpractice.flow.Node;

/**
 * {@code no-agent-route}: at every menu a caller should be able to ask for a person, by the agent
 * escape or by an option that leads to a transfer (through nodes that do not wait).
 */
final class AgentRouteRule implements LintRule {

  @Override
  public String id() {
    return "no-agent-route";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a menu has neither the agent escape nor an option that leads to a transfer";
  }

  @Override
  public void check(Flow flow, LintContext context) {
    Escape agent = flow.escape(Escape.AGENT);
    FlowGraph graph = new FlowGraph(flow);
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Menu menu) {
        boolean escape = agent != null && menu.input().escapes().contains(Escape.AGENT);
        if (!escape && !anOptionTransfers(flow, graph, menu)) {
          context.report(
              menu,
              "a caller at this menu has no way to an agent: the agent escape is off and no"
                  + " option leads to a transfer",
              "keep the agent escape (remove escapes:, or list agent in it), or add an option"
                  + " that goes to an agent; "
                  + context.silence());
        }
      }
    }
  }

  private static boolean anOptionTransfers(Flow flow, FlowGraph graph, Node.Menu menu) {
    return menu.options().stream()
        .flatMap(o -> Automatic.landings(flow, graph, o.target()).stream())
        .anyMatch(n -> n instanceof Node.Transfer);
  }
}
