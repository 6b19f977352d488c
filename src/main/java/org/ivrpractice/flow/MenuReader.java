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

  private static final Set<String> OPTION_KEYS = Set.of("digit", "label", "say", "goto", "set");

  private MenuReader() {}

  static Node.Menu read(String id, Position at, MapReader r, ReadContext context) {
    Problems problems = context.problems();
    List<Node.Option> options = options(id, r, context);
    Text prompt = context.text(r, id, "prompt");
    Text intro = context.text(r, id, "intro");
    if (prompt != null && intro != null) {
      problems.add(
          r.position("intro"),
          id,
          "'intro' only goes before a generated prompt, and this menu" + " writes its prompt out",
          "move the intro's words into 'prompt', or remove 'prompt' to generate it from labels");
    }
    if (prompt == null && r.has("options")) {
      labelsNeeded(id, options, problems);
    }
    return new Node.Menu(
        id, at, prompt, intro, List.copyOf(options), InputSettingsReader.read(id, r, context));
  }

  private static List<Node.Option> options(String id, MapReader r, ReadContext context) {
    Problems problems = context.problems();
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
        Node.Option option = option(id, i, items.get(i), context);
        if (option != null) {
          options.add(option);
        }
      }
      if (items.isEmpty()) {
        problems.add(node.position(), id, "the menu has no options", "add at least one option");
      }
    }
    return options;
  }

  /** A generated prompt is made of the options' labels, so each option needs one. */
  private static void labelsNeeded(String id, List<Node.Option> options, Problems problems) {
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

  private static Node.Option option(String id, int index, YNode item, ReadContext context) {
    Problems problems = context.problems();
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
            OPTION_KEYS,
            Map.of("digit", String.valueOf(index + 1), "goto", "<node id>"),
            problems);
    String digit = digit(id, what, r, problems);
    String prefix = "options." + index + ".";
    context.wrote(id, prefix + "digit", r.position("digit"));
    Text label = r.has("label") ? context.text(r.node("label"), id, prefix + "label") : null;
    String target = r.string("goto");
    context.wrote(id, prefix + "goto", r.position("goto"));
    List<String> synonyms = r.strings("say");
    Map<String, String> set = variablesSet(id, what, r, context);
    context.wrote(id, prefix + "set", r.position("set"));
    return new Node.Option(
        digit == null ? "?" : digit,
        synonyms.stream().map(s -> s.toLowerCase(Locale.ROOT).strip()).toList(),
        label,
        Map.copyOf(set),
        target,
        m.position());
  }

  private static String digit(String id, String what, MapReader r, Problems problems) {
    String digit = r.string("digit");
    if (digit != null && !digit.matches("[0-9*#]")) {
      problems.add(
          r.position("digit"),
          id,
          what + "'s digit '" + digit + "' is not one key",
          "use one of 0-9, * or #");
    }
    return digit;
  }

  /** The option's {@code set:}, whose {@code locale} must be one the flow speaks. */
  private static Map<String, String> variablesSet(
      String id, String what, MapReader r, ReadContext context) {
    Map<String, String> set = r.stringMap("set");
    List<String> locales = context.locales();
    if (set.containsKey("locale") && !locales.contains(set.get("locale"))) {
      context
          .problems()
          .add(
              r.position("set"),
              id,
              what + " sets locale " + set.get("locale") + ", which the flow does not declare",
              "add "
                  + set.get("locale")
                  + " to the flow's locales, or set one of "
                  + String.join(", ", locales));
    }
    return set;
  }
}
