package org.ivrpractice.flow;

/**
 * One thing wrong with a flow file, written for the person who must fix it.
 *
 * @param position where it is
 * @param nodeId the node it concerns, or null for the flow as a whole
 * @param message what is wrong
 * @param fix how to put it right
 */
public record Problem(Position position, String nodeId, String message, String fix) {

  /** {@code file:line:column: [node] message. Fix: fix} */
  public String format() {
    StringBuilder out = new StringBuilder(position.toString()).append(": ");
    if (nodeId != null) {
      out.append('[').append(nodeId).append("] ");
    }
    out.append(message);
    if (fix != null && !fix.isBlank()) {
      out.append(message.endsWith(".") ? " " : ". ").append("Fix: ").append(fix);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
