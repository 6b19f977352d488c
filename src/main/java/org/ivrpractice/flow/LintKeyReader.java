package org.ivrpractice.flow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YMap;

/** Reads a node's {@code lint: { ignore: [rule-id], reason: "..." }} (see {@link LintIgnore}). */
final class LintKeyReader {

  private LintKeyReader() {}

  static void read(String id, MapReader node, ReadContext context) {
    Problems problems = context.problems();
    YMap map = MapReader.asMap(node.node("lint"), node.position("lint"), id, "'lint'", problems);
    if (map == null) {
      return;
    }
    MapReader r =
        new MapReader(
            map,
            id,
            "'lint'",
            Set.of("ignore", "reason"),
            Map.of("ignore", "[prompt-too-long]", "reason", "\"why the rule does not apply\""),
            problems);
    List<String> rules = r.strings("ignore");
    String reason = r.string("reason");
    if (!rules.isEmpty() && reason != null && !reason.isBlank()) {
      context.lintIgnore(id, new LintIgnore(rules, reason, node.position("lint")));
    }
  }
}
