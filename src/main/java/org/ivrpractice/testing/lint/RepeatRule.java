package org.ivrpractice.testing.lint;

import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowGraph;
import org.ivrpractice.flow.Node;

/**
 * {@code no-repeat}: a caller who missed a menu's choices should be able to hear them again, by the
 * repeat escape or an option that comes back to the menu.
 */
final class RepeatRule implements LintRule {

  @Override
  public String id() {
    return "no-repeat";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a menu has neither the repeat escape nor an option that comes back to it";
  }

  @Override
  public void check(Flow flow, LintContext context) {
    Escape repeat = flow.escape(Escape.REPEAT);
    FlowGraph graph = new FlowGraph(flow);
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Menu menu) {
        boolean escape = repeat != null && menu.input().escapes().contains(Escape.REPEAT);
        boolean option =
            !escape
                && menu.options().stream()
                    .anyMatch(o -> Automatic.landings(flow, graph, o.target()).contains(menu));
        if (!escape && !option) {
          context.report(
              menu,
              "a caller cannot hear this menu again: the repeat escape is off and no option"
                  + " comes back to it",
              "keep the repeat escape (remove escapes:, or list repeat in it), or add an option"
                  + " \"to hear these choices again\"; "
                  + context.silence());
        }
      }
    }
  }
}
