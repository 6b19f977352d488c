package org.ivrpractice.flow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/** Reads one node of a flow file, by its {@code type}. */
final class NodeReader {

  static final Set<String> INPUT_KEYS =
      Set.of("timeout", "retries", "noInput", "noMatch", "fallback", "escapes");

  /** For each type, its keys; and for each required key, an example for the fix. */
  private record Shape(Set<String> keys, Map<String, String> required) {}

  private static final Map<String, Shape> SHAPES =
      Map.of(
          "say", shape(Set.of("prompt", "next"), Map.of("prompt", "\"...\"", "next", "<node id>")),
          "menu",
              shape(
                  union(Set.of("prompt", "intro", "options"), INPUT_KEYS),
                  Map.of("options", "a list of {digit, label, say, goto}")),
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
                      INPUT_KEYS),
                  Map.of(
                      "prompt",
                      "\"Please enter ...\"",
                      "length",
                      "15",
                      "into",
                      "<variable>",
                      "next",
                      "<node id>")),
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
                      "<node id>")),
          "branch",
              shape(
                  Set.of("when", "else"),
                  Map.of("when", "a list of {if, goto}", "else", "<node id>")),
          "reference",
              shape(Set.of("into", "next", "length"), Map.of("into", "ref", "next", "<node id>")),
          "transfer", shape(Set.of("queue", "prompt"), Map.of("queue", "<queue name>")),
          "hangup", shape(Set.of("prompt", "outcome"), Map.of()),
          "subflow",
              shape(
                  Set.of("flow", "exits"),
                  Map.of("flow", "<sub-flow id>", "exits", "{ <exit>: <node id> }")),
          "return", shape(Set.of("exit"), Map.of("exit", "<exit name>")));

  private final FlowReader flow;
  private final FlowSettingsReader.Defaults defaults;
  private final Set<String> escapeNames = new LinkedHashSet<>();
  private final Problems problems;

  NodeReader(
      FlowReader flow,
      FlowSettingsReader.Defaults defaults,
      List<Escape> escapes,
      List<String> exits) {
    this.flow = flow;
    this.defaults = defaults;
    this.problems = flow.problems();
    escapes.forEach(e -> escapeNames.add(e.name()));
  }

  Node read(String id, Position keyPosition, YNode value) {
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
      problems.add(
          keyPosition,
          id,
          "'" + id + "' is not a usable node id",
          "use letters, digits, '-' and '_', starting with a letter or digit");
    }
    YMap map = MapReader.asMap(value, keyPosition, id, "a node", problems);
    if (map == null) {
      return null;
    }
    YNode typeNode = map.get("type");
    if (!(typeNode instanceof YScalar ts) || ts.text() == null) {
      problems.add(
          keyPosition,
          id,
          "the node has no 'type'",
          "add type: with one of " + String.join(", ", new java.util.TreeSet<>(SHAPES.keySet())));
      return null;
    }
    String type = ts.text();
    Shape shape = SHAPES.get(type);
    if (shape == null) {
      problems.add(
          typeNode.position(),
          id,
          "'" + type + "' is not a node type",
          Problems.suggestion(type, SHAPES.keySet(), "the node types"));
      return null;
    }
    Set<String> allowed = union(shape.keys(), Set.of("type", "lint"));
    MapReader r =
        new MapReader(map, id, "a " + type + " node", allowed, shape.required(), problems);
    if (r.has("lint")) {
      LintKeyReader.read(id, r, flow, problems);
    }
    Position at = keyPosition;
    return switch (type) {
      case "say" -> new Node.Say(id, at, text(r, id, "prompt"), target(r, id, "next"));
      case "menu" -> MenuReader.read(id, at, r, this);
      case "collect" -> CollectReader.read(id, at, r, this);
      case "lookup" -> lookup(id, at, r);
      case "branch" -> BranchReader.read(id, at, r, this);
      case "reference" ->
          new Node.Reference(
              id,
              at,
              r.string("into"),
              orDefault(r.integer("length", 4, 20, 8), 8),
              target(r, id, "next"));
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
    flow.sources().put(id, "table", r.position("table"));
    flow.sources().put(id, "match", r.position("match"));
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
        flow.sources().put(id, "exits." + e.key(), e.keyPosition());
      }
    }
    flow.sources().put(id, "flow", r.position("flow"));
    flow.sources().put(id, "exits", r.position("exits"));
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

  InputSettings input(String id, MapReader r) {
    Integer timeout = r.integer("timeout", 1, 60, defaults.timeout());
    Integer retries = r.integer("retries", 0, 9, defaults.retries());
    Text noInput = r.has("noInput") ? text(r, id, "noInput") : defaults.noInput();
    Text noMatch = r.has("noMatch") ? text(r, id, "noMatch") : defaults.noMatch();
    String fallback = r.has("fallback") ? target(r, id, "fallback") : defaults.fallback();
    return new InputSettings(
        orDefault(timeout, defaults.timeout()),
        orDefault(retries, defaults.retries()),
        noInput == null ? defaults.noInput() : noInput,
        noMatch == null ? defaults.noMatch() : noMatch,
        fallback,
        escapes(id, r));
  }

  private Set<String> escapes(String id, MapReader r) {
    YNode node = r.node("escapes");
    if (node == null) {
      return Set.copyOf(escapeNames);
    }
    if (node instanceof YScalar s && "false".equals(s.text())) {
      return Set.of();
    }
    if (node instanceof YList) {
      Set<String> kept = new LinkedHashSet<>(r.strings("escapes"));
      for (String name : kept) {
        if (!escapeNames.contains(name)) {
          problems.add(
              node.position(),
              id,
              "there is no global escape '" + name + "'",
              Problems.suggestion(name, escapeNames, "the escapes"));
        }
      }
      kept.retainAll(escapeNames);
      return Set.copyOf(kept);
    }
    problems.add(
        node.position(),
        id,
        "'escapes' must be false or a list of escape names, not " + node.describe(),
        "write escapes: false, or escapes: [repeat]");
    return Set.copyOf(escapeNames);
  }

  Text text(MapReader r, String id, String key) {
    return r.has(key) ? flow.text(r.node(key), id, key) : null;
  }

  String target(MapReader r, String id, String key) {
    flow.sources().put(id, key, r.position(key));
    return r.string(key);
  }

  FlowReader flow() {
    return flow;
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
