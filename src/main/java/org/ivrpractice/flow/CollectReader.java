package org.ivrpractice.flow;

import java.util.List;
import java.util.Locale;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/** Reads a {@code collect} node: its length, check, finish key and sensitivity. */
final class CollectReader {

  private CollectReader() {}

  static Node.Collect read(String id, Position at, MapReader r, NodeReader nodes) {
    Problems problems = nodes.flow().problems();
    FlowReader flow = nodes.flow();
    int min = 1;
    int max = 1;
    YNode length = r.node("length");
    if (length instanceof YScalar s && s.text() != null && s.text().matches("\\d+")) {
      min = max = Integer.parseInt(s.text());
    } else if (length instanceof YScalar s
        && s.text() != null
        && s.text().matches("\\d+\\s*-\\s*\\d+")) {
      String[] parts = s.text().split("-");
      min = Integer.parseInt(parts[0].trim());
      max = Integer.parseInt(parts[1].trim());
    } else if (length != null) {
      problems.add(
          length.position(),
          id,
          "'length' must be a number or a range such as \"4-8\", not " + length.describe(),
          "write length: 15 or length: \"4-8\"");
    }
    flow.sources().put(id, "length", r.position("length"));
    DigitCheck check = DigitCheck.NONE;
    String checkName = r.string("check");
    if (checkName != null) {
      try {
        check = DigitCheck.valueOf(checkName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            r.position("check"),
            id,
            "'" + checkName + "' is not a check",
            Problems.suggestion(
                checkName, List.of("luhn", "date", "amount", "none"), "the checks"));
      }
    }
    flow.sources().put(id, "check", r.position("check"));
    String finishKey = r.string("finishKey");
    if (finishKey != null && !finishKey.matches("[*#]")) {
      problems.add(
          r.position("finishKey"),
          id,
          "the finish key '" + finishKey + "' must be * or #",
          "write finishKey: \"#\"");
    }
    flow.sources().put(id, "finishKey", r.position("finishKey"));
    return new Node.Collect(
        id,
        at,
        nodes.text(r, id, "prompt"),
        min,
        max,
        finishKey,
        check,
        r.bool("sensitive", false),
        nodes.text(r, id, "invalid"),
        r.string("into"),
        nodes.target(r, id, "next"),
        nodes.input(id, r));
  }
}
