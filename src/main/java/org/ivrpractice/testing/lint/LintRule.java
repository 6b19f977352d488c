package org.ivrpractice.testing.lint;

import org.ivrpractice.flow.Flow;

/**
 * A usability rule for IVR flows. Each has an id (used in reports and in a node's {@code lint: {
 * ignore: [...] }}), a severity and a one-line summary for the docs and {@code check}.
 */
interface LintRule {

  String id();

  Severity severity();

  /** What the rule checks, in one line. */
  String summary();

  /** Reports what the rule finds in one flow file (its own nodes only). */
  void check(Flow flow, LintContext context);
}
