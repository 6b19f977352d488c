package org.ivrpractice.flow;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;

/**
 * Checks the keys of one YAML mapping, for every file the project reads (flows, practice data,
 * scenarios, missions), so that they all word the problem the same way.
 */
public final class KeyCheck {

  private KeyCheck() {}

  /**
   * Reports each key of {@code map} that is not allowed, at the key, as {@code <what> has no key
   * '<key>'} with a "did you mean" (or else the list of the allowed keys); then each required key
   * the mapping lacks, at the mapping, as {@code <what> needs '<key>'}, in alphabetical order. A
   * missing key that an unknown one was most likely meant to be is not reported again.
   *
   * @param allowed every key the mapping may have
   * @param required for each required key, the fix to give when it is missing (empty if none is
   *     required)
   * @param nodeId the node the mapping belongs to, or null
   * @param what how to name the mapping in messages, for example "a mission" or "option 2"
   */
  public static void check(
      YMap map,
      Set<String> allowed,
      Map<String, String> required,
      String nodeId,
      String what,
      Problems problems) {
    Set<String> misspelt = new HashSet<>();
    for (YEntry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        String meant = Problems.closest(e.key(), allowed);
        if (meant != null) {
          misspelt.add(meant);
        }
        problems.add(
            e.keyPosition(),
            nodeId,
            what + " has no key '" + e.key() + "'",
            Problems.suggestion(e.key(), allowed, "its keys"));
      }
    }
    for (String key : new TreeSet<>(required.keySet())) {
      if (map.entry(key) == null && !misspelt.contains(key)) {
        problems.add(map.position(), nodeId, what + " needs '" + key + "'", required.get(key));
      }
    }
  }
}
