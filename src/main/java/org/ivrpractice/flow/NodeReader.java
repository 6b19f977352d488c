package org.ivrpractice.flow;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/** Reads one node of a flow file, by its {@code type}. */
final class NodeReader {

  /** For each type, its keys; and for each required key, an example for the fix. */
  private record Shape(Set<String> keys, Map<String, String> required) {}

  private static final Map<String, Shape> SHAPES =
      Map.ofEntries(
          Map.entry(
              "say",
              shape(Set.of("prompt", "next"), Map.of("prompt", "\"...\"", "next", "<node id>"))),
          Map.entry(
              "menu",
              shape(
                  union(Set.of("prompt", "intro", "options"), InputSettingsReader.KEYS),
                  Map.of("options", "a list of {digit, label, say, goto}"))),
          Map.entry(
              "collect",
              shape(
                  union(
                      Set.of(
                          "prompt",
                          "length",
                          "into",
                          "next",
                          "check",
                          "finishKey",
                          "sensitive",
                          "invalid"),
                      InputSettingsReader.KEYS),
                  Map.of(
                      "prompt",
                      "\"Please enter ...\"",
                      "length",
                      "15",
                      "into",
                      "<variable>",
                      "next",
                      "<node id>"))),
          Map.entry(
              "lookup",
              shape(
                  Set.of("table", "match", "as", "found", "notFound"),
                  Map.of(
                      "table",
                      "cards",
                      "match",
                      "{ number: card }",
                      "as",
                      "account",
                      "found",
                      "<node id>",
                      "notFound",
                      "<node id>"))),
          Map.entry(
              "branch",
              shape(
                  Set.of("when", "else"),
                  Map.of("when", "a list of {if, goto}", "else", "<node id>"))),
          Map.entry(
              "reference",
              shape(Set.of("into", "next", "length"), Map.of("into", "ref", "next", "<node id>"))),
          Map.entry(
              "save",
              shape(
                  Set.of("table", "key", "record", "next"),
                  Map.of(
                      "table",
                      "cases",
                      "record",
                      "{ reference: \"{ref}\", kind: replacement card, status: ordered }",
                      "next",
                      "<node id>"))),
          Map.entry("transfer", shape(Set.of("queue", "prompt"), Map.of("queue", "<queue name>"))),
          Map.entry("hangup", shape(Set.of("prompt", "outcome"), Map.of())),
          Map.entry(
              "subflow",
              shape(
                  Set.of("flow", "exits"),
                  Map.of("flow", "<sub-flow id>", "exits", "{ <exit>: <node id> }"))),
          Map.entry("return", shape(Set.of("exit"), Map.of("exit", "<exit name>"))));

  private final ReadContext context;
  private final Problems problems;

  NodeReader(ReadContext context) {
    this.context = context;
    this.problems = context.problems();
  }

  /** The node written under {@code id}, or null when it is too broken to read (reported). */
  Node read(String id, Position keyPosition, YNode value) {
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
      problems.add(
          keyPosition,
          id,
          "'" + id + "' is not a usable node id",
          "use letters, digits, '-' and '_', starting with a letter or digit");
    }
    YMap map = MapReader.asMap(value, keyPosition, id, "a node", problems);
    String type = map == null ? null : type(id, keyPosition, map);
    if (type == null) {
      return null;
    }
    Shape shape = SHAPES.get(type);
    Set<String> allowed = union(shape.keys(), Set.of("type", "lint"));
    MapReader r =
        new MapReader(map, id, "a " + type + " node", allowed, shape.required(), problems);
    if (r.has("lint")) {
      LintKeyReader.read(id, r, context);
    }
    return node(type, id, keyPosition, r);
  }

  /** The node's type, or null when it has none this reader knows (reported). */
  private String type(String id, Position keyPosition, YMap map) {
    YNode typeNode = map.get("type");
    if (!(typeNode instanceof YScalar ts) || ts.text() == null) {
      problems.add(
          keyPosition,
          id,
          "the node has no 'type'",
          "add type: with one of " + String.join(", ", new TreeSet<>(SHAPES.keySet())));
      return null;
    }
    if (!SHAPES.containsKey(ts.text())) {
      problems.add(
          typeNode.position(),
          id,
          "'" + ts.text() + "' is not a node type",
          Problems.suggestion(ts.text(), SHAPES.keySet(), "the node types"));
      return null;
    }
    return ts.text();
  }

  private Node node(String type, String id, Position at, MapReader r) {
    return switch (type) {
      case "say" -> new Node.Say(id, at, text(r, id, "prompt"), target(r, id, "next"));
      case "menu" -> MenuReader.read(id, at, r, context);
      case "collect" -> CollectReader.read(id, at, r, context);
      case "lookup" -> lookup(id, at, r);
      case "branch" -> BranchReader.read(id, at, r, context);
      case "reference" ->
          new Node.Reference(
              id,
              at,
              r.string("into"),
              orDefault(r.integer("length", 4, 20, 8), 8),
              target(r, id, "next"));
      case "save" -> SaveReader.read(id, at, r, context);
      case "transfer" -> new Node.Transfer(id, at, target(r, id, "queue"), text(r, id, "prompt"));
      case "hangup" -> new Node.Hangup(id, at, text(r, id, "prompt"), outcome(r, id));
      case "subflow" -> subflow(id, at, r);
      default -> new Node.Return(id, at, target(r, id, "exit"));
    };
  }

  private Node.Lookup lookup(String id, Position at, MapReader r) {
    Map<String, String> match = r.stringMap("match");
    if (r.has("match") && match.size() != 1) {
      problems.add(
          r.position("match"),
          id,
          "'match' must name exactly one field and one variable",
          "write match: { number: card }");
    }
    Map.Entry<String, String> m = match.isEmpty() ? null : match.entrySet().iterator().next();
    context.wrote(id, "table", r.position("table"));
    context.wrote(id, "match", r.position("match"));
    return new Node.Lookup(
        id,
        at,
        r.string("table"),
        m == null ? null : m.getKey(),
        m == null ? null : m.getValue(),
        r.string("as"),
        target(r, id, "found"),
        target(r, id, "notFound"));
  }

  private Node.Subflow subflow(String id, Position at, MapReader r) {
    Map<String, String> exits = r.stringMap("exits");
    YNode exitsNode = r.node("exits");
    if (exitsNode instanceof YMap m) {
      for (YEntry e : m.entries()) {
        context.wrote(id, "exits." + e.key(), e.keyPosition());
      }
    }
    context.wrote(id, "flow", r.position("flow"));
    context.wrote(id, "exits", r.position("exits"));
    return new Node.Subflow(id, at, r.string("flow"), Map.copyOf(exits));
  }

  private Outcome outcome(MapReader r, String id) {
    String name = r.string("outcome");
    if (name == null) {
      return Outcome.SELF_SERVED;
    }
    if (name.equals("self-served")) {
      return Outcome.SELF_SERVED;
    }
    if (name.equals("hung-up")) {
      return Outcome.HUNG_UP;
    }
    problems.add(
        r.position("outcome"),
        id,
        "'" + name + "' is not an outcome a hangup can have",
        "write outcome: self-served or outcome: hung-up");
    return Outcome.SELF_SERVED;
  }

  private Text text(MapReader r, String id, String key) {
    return context.text(r, id, key);
  }

  private String target(MapReader r, String id, String key) {
    return context.target(r, id, key);
  }

  private static int orDefault(Integer value, int otherwise) {
    return value == null ? otherwise : value;
  }

  private static Shape shape(Set<String> keys, Map<String, String> required) {
    return new Shape(keys, required);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }
}
