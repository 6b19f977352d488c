package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;

/** Reads a {@code menu} node and its options. */
final class MenuReader {

  private MenuReader() {}

  static Node.Menu read(String id, Position at, MapReader r, NodeReader nodes) {
    Problems problems = nodes.flow().problems();
    List<Node.Option> options = new ArrayList<>();
    YNode node = r.node("options");
    if (node != null && !(node instanceof YList)) {
      problems.add(
          node.position(),
          id,
          "'options' must be a list, not " + node.describe(),
          "write each option as a list item: - { digit: 1, label: ..., goto: ... }");
    } else if (node != null) {
      List<YNode> items = ((YList) node).items();
      for (int i = 0; i < items.size(); i++) {
        Node.Option option = option(id, i, items.get(i), nodes);
        if (option != null) {
          options.add(option);
        }
      }
      if (items.isEmpty()) {
        problems.add(node.position(), id, "the menu has no options", "add at least one option");
      }
    }
    Text prompt = nodes.text(r, id, "prompt");
    Text intro = nodes.text(r, id, "intro");
    if (prompt != null && intro != null) {
      problems.add(
          r.position("intro"),
          id,
          "'intro' only goes before a generated prompt, and this menu" + " writes its prompt out",
          "move the intro's words into 'prompt', or remove 'prompt' to generate it from labels");
    }
    if (prompt == null && r.has("options")) {
      for (Node.Option o : options) {
        if (o.label() == null) {
          problems.add(
              o.position(),
              id,
              "option "
                  + o.digit()
                  + " has no label, and the menu's prompt is"
                  + " generated from labels",
              "add label: (\"For <label>, press " + o.digit() + ".\"), or write the menu's prompt");
        }
      }
    }
    return new Node.Menu(id, at, prompt, intro, List.copyOf(options), nodes.input(id, r));
  }

  private static Node.Option option(String id, int index, YNode item, NodeReader nodes) {
    Problems problems = nodes.flow().problems();
    FlowReader flow = nodes.flow();
    String what = "option " + (index + 1);
    YMap m = MapReader.asMap(item, item.position(), id, what, problems);
    if (m == null) {
      return null;
    }
    MapReader r =
        new MapReader(
            m,
            id,
            what,
            Set.of("digit", "label", "say", "goto", "set"),
            Map.of("digit", String.valueOf(index + 1), "goto", "<node id>"),
            problems);
    String digit = r.string("digit");
    if (digit != null && !digit.matches("[0-9*#]")) {
      problems.add(
          r.position("digit"),
          id,
          what + "'s digit '" + digit + "' is not one key",
          "use one of 0-9, * or #");
    }
    String prefix = "options." + index + ".";
    flow.sources().put(id, prefix + "digit", r.position("digit"));
    Text label = r.has("label") ? flow.text(r.node("label"), id, prefix + "label") : null;
    String target = r.string("goto");
    flow.sources().put(id, prefix + "goto", r.position("goto"));
    List<String> synonyms = r.strings("say");
    Map<String, String> set = r.stringMap("set");
    if (set.containsKey("locale") && !flow.locales().contains(set.get("locale"))) {
      problems.add(
          r.position("set"),
          id,
          what + " sets locale " + set.get("locale") + ", which the flow does not declare",
          "add "
              + set.get("locale")
              + " to the flow's locales, or set one of "
              + String.join(", ", flow.locales()));
    }
    flow.sources().put(id, prefix + "set", r.position("set"));
    return new Node.Option(
        digit == null ? "?" : digit,
        synonyms.stream().map(s -> s.toLowerCase(Locale.ROOT).strip()).toList(),
        label,
        Map.copyOf(set),
        target,
        m.position());
  }
}
