package org.ivrpractice.flow;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The variables of some flows that hold sensitive digits: what a sensitive collect stores (kept
 * masked), and the fields of the card a lookup found by such a value ({@code card.holder}).
 */
public final class SensitiveVariables {

  private SensitiveVariables() {}

  public static Set<String> of(Collection<Flow> flows) {
    Set<String> sensitive = new HashSet<>();
    for (Flow flow : flows) {
      for (Node node : flow.nodes().values()) {
        if (node instanceof Node.Collect c && c.sensitive() && c.into() != null) {
          sensitive.add(c.into());
        }
      }
    }
    for (Flow flow : flows) {
      for (Node node : flow.nodes().values()) {
        if (node instanceof Node.Lookup l && sensitive.contains(l.variable()) && l.as() != null) {
          sensitive.add(l.as() + "." + l.field());
        }
      }
    }
    return sensitive;
  }
}
