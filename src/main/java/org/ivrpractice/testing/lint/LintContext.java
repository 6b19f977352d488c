package org.ivrpractice.testing.lint;

import java.util.List;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.LintIgnore;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Position;

/**
 * Where a rule reports its findings while it checks one flow. A finding at a node that silences the
 * rule ({@code lint: { ignore: [rule-id] }}) is counted as silenced instead.
 */
final class LintContext {

  private final Flow flow;
  private final LintRule rule;
  private final List<LintFinding> findings;
  private final List<LintFinding> silenced;

  LintContext(Flow flow, LintRule rule, List<LintFinding> findings, List<LintFinding> silenced) {
    this.flow = flow;
    this.rule = rule;
    this.findings = findings;
    this.silenced = silenced;
  }

  /** Reports a finding at a node. */
  void report(Node node, String message, String fix) {
    report(node.position(), node.id(), message, fix);
  }

  /** Reports a finding at a place in a node (an option, say). */
  void report(Position at, String nodeId, String message, String fix) {
    LintFinding finding = new LintFinding(rule.id(), rule.severity(), at, nodeId, message, fix);
    LintIgnore ignore = nodeId == null ? null : flow.lintIgnores().get(nodeId);
    if (ignore != null && ignore.rules().contains(rule.id())) {
      silenced.add(finding);
    } else {
      findings.add(finding);
    }
  }

  /** How to silence this rule at a node, for the end of a fix. */
  String silence() {
    return "or, if it is meant, add lint: { ignore: [" + rule.id() + "], reason: \"...\" }";
  }
}
