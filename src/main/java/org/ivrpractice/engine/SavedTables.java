package org.ivrpractice.engine;

import java.util.HashSet;
import java.util.Set;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/**
 * The tables a line's {@code save} nodes save to (in the line and every sub-flow it calls): a
 * lookup of one of them asks the saved records before the practice data. Worked out when such a
 * lookup runs (a few times a call at most; a card lookup by a sensitive number never asks).
 */
final class SavedTables {

  private SavedTables() {}

  static Set<String> of(Flow line) {
    Set<String> tables = new HashSet<>();
    line.allFlows().forEach(f -> collect(f, tables));
    return tables;
  }

  private static void collect(Flow flow, Set<String> tables) {
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Save save && save.table() != null) {
        tables.add(save.table());
      }
    }
  }
}
