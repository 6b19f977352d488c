package org.ivrpractice.testing.lint;

import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/**
 * {@code too-many-options}: callers hold about five choices in mind at once; a menu with more makes
 * them listen twice.
 */
final class OptionCountRule implements LintRule {

  /** The most options a menu should offer. */
  static final int MAX_OPTIONS = 5;

  @Override
  public String id() {
    return "too-many-options";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a menu offers more than " + MAX_OPTIONS + " options";
  }

  @Override
  public void check(Flow flow, LintContext context) {
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Menu menu && menu.options().size() > MAX_OPTIONS) {
        context.report(
            menu,
            "the menu offers "
                + menu.options().size()
                + " options; callers keep about "
                + MAX_OPTIONS
                + " in mind",
            "move the least used options into a sub-menu (\"for more options, press 6\"); "
                + context.silence());
      }
    }
  }
}
