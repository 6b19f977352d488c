package org.ivrpractice.testing.coverage;

import java.util.Locale;
import org.ivrpractice.flow.Position;

/**
 * One thing of a flow that a scenario can exercise.
 *
 * @param kind what it is
 * @param node the node it belongs to
 * @param detail the option's digit or the escape's name; null for the other kinds
 * @param position where it is written, for the list of what is missing
 */
public record CoverageItem(Kind kind, String node, String detail, Position position) {

  /** The kinds of item, in the order reports show them. */
  public enum Kind {
    /** A node entered. */
    NODE,
    /** A menu option chosen. */
    OPTION,
    /** A global escape taken at a node. */
    ESCAPE,
    /** A node's no-input re-prompt (silence). */
    NO_INPUT,
    /** A node's no-match re-prompt (input that matched nothing). */
    NO_MATCH,
    /** A node's fallback, after the retries ran out. */
    FALLBACK,
    /** A transfer, a hangup, or (in a sub-flow) a return through an exit. */
    ENDING;

    /** {@code no-input}, as reports and JSON name it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The item's identity, without its position: {@code OPTION main-menu 2}. */
  String key() {
    return kind + " " + node + (detail == null ? "" : " " + detail);
  }

  /** {@code option 2 of main-menu}, {@code node goodbye}, {@code escape agent at main-menu}. */
  public String describe() {
    return switch (kind) {
      case NODE -> "node " + node;
      case OPTION -> "option " + detail + " of " + node;
      case ESCAPE -> "escape " + detail + " at " + node;
      case NO_INPUT, NO_MATCH, FALLBACK -> kind.label() + " at " + node;
      case ENDING -> "ending " + node;
    };
  }
}
