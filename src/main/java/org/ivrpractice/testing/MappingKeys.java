package org.ivrpractice.testing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/** The keys of a mapping in a scenario file: unknown ones, missing ones, and plain text values. */
final class MappingKeys {

  private MappingKeys() {}

  /**
   * Reports unknown keys (with "did you mean") and missing required ones.
   *
   * @param required each required key, with the fix for when it is missing
   */
  static void check(
      YMap map, Set<String> allowed, Map<String, String> required, String what, Problems problems) {
    Set<String> misspelt = new HashSet<>();
    for (YEntry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        String meant = Problems.closest(e.key(), allowed);
        if (meant != null) {
          misspelt.add(meant);
        }
        problems.add(
            e.keyPosition(),
            null,
            what + " has no key '" + e.key() + "'",
            Problems.suggestion(e.key(), allowed, "its keys"));
      }
    }
    for (String key : new TreeSet<>(required.keySet())) {
      if (map.entry(key) == null && !misspelt.contains(key)) {
        problems.add(map.position(), null, what + " needs '" + key + "'", required.get(key));
      }
    }
  }

  /** The text of a scalar, stripped; null for anything else or an empty value. */
  static String text(YNode node) {
    return node instanceof YScalar s && s.text() != null ? s.text().strip() : null;
  }
}
