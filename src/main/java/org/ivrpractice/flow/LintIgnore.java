package org.ivrpractice.flow;

import java.util.List;

/**
 * A node's {@code lint: { ignore: [rule-id], reason: "..." }}: lint rules the flow's author has
 * silenced at that node, and why. The flow package only reads it; the lint (package {@code
 * org.ivrpractice.testing.lint}) knows the rules and checks the ids.
 *
 * @param rules the ids of the rules silenced
 * @param reason why they do not apply here
 * @param position where the {@code lint} key is written
 */
public record LintIgnore(List<String> rules, String reason, Position position) {

  public LintIgnore {
    rules = List.copyOf(rules);
  }
}
