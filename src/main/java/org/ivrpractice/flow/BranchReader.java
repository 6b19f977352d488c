package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;

/** Reads a {@code branch} node and parses its conditions. */
final class BranchReader {

  private BranchReader() {}

  static Node.Branch read(String id, Position at, MapReader r, ReadContext context) {
    Problems problems = context.problems();
    List<Node.Case> cases = new ArrayList<>();
    YNode when = r.node("when");
    if (when != null && !(when instanceof YList)) {
      problems.add(
          when.position(),
          id,
          "'when' must be a list, not " + when.describe(),
          "write - { if: <condition>, goto: <node id> } for each case");
    } else if (when != null) {
      List<YNode> items = ((YList) when).items();
      for (int i = 0; i < items.size(); i++) {
        Node.Case c = readCase(id, i, items.get(i), context);
        if (c != null) {
          cases.add(c);
        }
      }
    }
    return new Node.Branch(id, at, List.copyOf(cases), context.target(r, id, "else"));
  }

  private static Node.Case readCase(String id, int index, YNode item, ReadContext context) {
    Problems problems = context.problems();
    String what = "case " + (index + 1);
    YMap m = MapReader.asMap(item, item.position(), id, what, problems);
    if (m == null) {
      return null;
    }
    MapReader r =
        new MapReader(
            m,
            id,
            what,
            Set.of("if", "goto"),
            Map.of("if", "account.tier == \"Platinum\"", "goto", "<node id>"),
            problems);
    String source = r.string("if");
    String target = r.string("goto");
    context.wrote(id, "when." + index + ".goto", r.position("goto"));
    context.wrote(id, "when." + index + ".if", r.position("if"));
    if (source == null) {
      return null;
    }
    try {
      return new Node.Case(ConditionParser.parse(source), target, m.position());
    } catch (ConditionParser.SyntaxError e) {
      Position p = r.node("if").position();
      problems.add(
          new Position(p.file(), p.line(), p.column() + e.offset()),
          id,
          "the condition '" + source + "' cannot be read: " + e.getMessage(),
          "compare a variable with == != < <= > >= or in (...), for example"
              + " account.tier in (\"Platinum\", \"Centurion\")");
      return null;
    }
  }
}
