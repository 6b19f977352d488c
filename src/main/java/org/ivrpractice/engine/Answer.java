package org.ivrpractice.engine;

import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Node;

/**
 * What the caller's input amounted to at a menu or collect: an option, an escape, accepted digits,
 * or nothing that matched (all null).
 */
record Answer(Node.Option option, Escape escape, String digits) {

  static final Answer NO_MATCH = new Answer(null, null, null);

  static Answer option(Node.Option option) {
    return new Answer(option, null, null);
  }

  static Answer escape(Escape escape) {
    return new Answer(null, escape, null);
  }

  static Answer digits(String digits) {
    return new Answer(null, null, digits);
  }
}
