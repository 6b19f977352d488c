package org.ivrpractice.testing.lint;

import org.ivrpractice.flow.Position;

/**
 * One thing a lint rule found.
 *
 * @param rule the rule's id, for example {@code prompt-digit-mismatch}
 * @param severity how much it matters
 * @param position where it is
 * @param nodeId the node it concerns (null for the flow as a whole)
 * @param message what is wrong, for the flow's author
 * @param fix how to put it right, or how to silence it where it is meant
 */
public record LintFinding(
    String rule, Severity severity, Position position, String nodeId, String message, String fix) {

  /** {@code file:line:column: warning [rule-id] [node] message. Fix: fix} */
  public String format() {
    StringBuilder out = new StringBuilder(position.toString()).append(": ");
    out.append(severity.label()).append(" [").append(rule).append("] ");
    if (nodeId != null) {
      out.append('[').append(nodeId).append("] ");
    }
    out.append(message);
    if (fix != null && !fix.isBlank()) {
      out.append(message.endsWith(".") ? " " : ". ").append("Fix: ").append(fix);
    }
    return out.toString();
  }
}
