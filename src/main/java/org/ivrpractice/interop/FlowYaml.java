package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.testing.coverage.CoverageJson;

/**
 * The text of a flow file in our language, written by an import: a header comment, the flow keys,
 * the queues and the nodes, each node with the comment that says where it came from.
 */
final class FlowYaml {

  /** One node: its id, a comment line above it, and its keys as YAML lines (no indent). */
  record NodeText(String id, String comment, List<String> lines) {}

  private final String id;
  private final List<String> header = new ArrayList<>();
  private final Map<String, String> queues = new LinkedHashMap<>();
  private final Map<String, NodeText> nodes = new LinkedHashMap<>();
  private String name;
  private String description;
  private List<String> locales = List.of("en-US");
  private String start;
  private String data;

  FlowYaml(String id) {
    this.id = id;
  }

  void comment(String line) {
    header.add(line);
  }

  void name(String value) {
    name = value;
  }

  void description(String value) {
    description = value;
  }

  void locales(List<String> values) {
    locales = List.copyOf(values);
  }

  private String agentEscape;
  private String repeatEscape;

  /** Declares the agent escape: key 0 and these words go to the node. */
  void agentEscape(java.util.Collection<String> words, String target) {
    agentEscape = "{ digit: \"0\", say: " + list(words) + ", goto: " + target + " }";
  }

  /** Declares the repeat escape: key * and these words say the prompt again. */
  void repeatEscape(java.util.Collection<String> words) {
    repeatEscape = "{ digit: \"*\", say: " + list(words) + " }";
  }

  private static String list(java.util.Collection<String> words) {
    return "[" + String.join(", ", words.stream().map(FlowYaml::quote).toList()) + "]";
  }

  void start(String node) {
    start = node;
  }

  void data(String file) {
    data = file;
  }

  /** Declares a queue (once) with a label. */
  void queue(String queue, String label) {
    queues.putIfAbsent(queue, label);
  }

  void node(String nodeId, String comment, List<String> lines) {
    nodes.putIfAbsent(nodeId, new NodeText(nodeId, comment, List.copyOf(lines)));
  }

  boolean has(String nodeId) {
    return nodes.containsKey(nodeId);
  }

  /** The nodes written so far, in order. */
  List<NodeText> nodes() {
    return new ArrayList<>(nodes.values());
  }

  String start() {
    return start;
  }

  /** Puts these nodes in place of those written. */
  void replaceNodes(List<NodeText> replacement) {
    nodes.clear();
    replacement.forEach(n -> nodes.put(n.id(), n));
  }

  /** Points the agent escape where {@code to} says its node now is. */
  void retargetAgent(java.util.function.UnaryOperator<String> to) {
    if (agentEscape != null) {
      java.util.regex.Matcher m = TARGET.matcher(agentEscape);
      if (m.find()) {
        agentEscape =
            agentEscape.substring(0, m.start(1))
                + to.apply(m.group(1))
                + agentEscape.substring(m.end(1));
      }
    }
  }

  private List<String> exits = List.of();

  /**
   * A sub-flow of this flow, with the same header, locales and data, these exits, and the queues of
   * this flow its nodes name; it declares no escapes (a call keeps its line's).
   */
  FlowYaml part(String partId, String partName, List<String> partExits, List<NodeText> partNodes) {
    FlowYaml part = new FlowYaml(partId);
    part.header.addAll(header);
    part.name = partName;
    part.locales = locales;
    part.data = data;
    part.exits = List.copyOf(partExits);
    part.replaceNodes(partNodes);
    for (NodeText n : partNodes) {
      for (String line : n.lines()) {
        if (line.startsWith("queue: ") && queues.containsKey(line.substring(7))) {
          part.queues.put(line.substring(7), queues.get(line.substring(7)));
        }
      }
    }
    return part;
  }

  /** Where the nodes written go: the node ids after the keys that name a next node. */
  static final java.util.regex.Pattern TARGET =
      java.util.regex.Pattern.compile(
          "\\b(?:next|goto|fallback|found|notFound|else|completed|failed):"
              + " ([A-Za-z0-9][A-Za-z0-9_-]*)");

  /** In a subflow node's {@code exits: { a: x, b: y }}, the node after each exit. */
  private static final java.util.regex.Pattern EXIT =
      java.util.regex.Pattern.compile("[\\w-]+: ([A-Za-z0-9][A-Za-z0-9_-]*)");

  /** The nodes written that no call can reach from the start: left out of the text. */
  java.util.Set<String> unreachable() {
    java.util.Set<String> reached = new java.util.LinkedHashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>();
    todo.add(start == null ? "" : start);
    while (!todo.isEmpty()) {
      NodeText n = nodes.get(todo.poll());
      if (n != null && reached.add(n.id())) {
        for (String line : n.lines()) {
          java.util.regex.Matcher m = (line.startsWith("exits: {") ? EXIT : TARGET).matcher(line);
          while (m.find()) {
            todo.add(m.group(1));
          }
        }
      }
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>(nodes.keySet());
    out.removeAll(reached);
    return out;
  }

  String text() {
    StringBuilder out = new StringBuilder("# yaml-language-server: $schema=ivr-flow.schema.json\n");
    header.forEach(l -> out.append(l.isEmpty() ? "#" : "# " + l).append('\n'));
    out.append("id: ").append(id).append('\n');
    if (name != null) {
      out.append("name: ").append(quote(name)).append('\n');
    }
    if (description != null && !description.isBlank()) {
      out.append("description: ").append(quote(description)).append('\n');
    }
    out.append("locales: [").append(String.join(", ", locales)).append("]\n");
    if (data != null) {
      out.append("data: ").append(data).append('\n');
    }
    if (start != null) {
      out.append("start: ").append(start).append('\n');
    }
    if (exits.isEmpty()) {
      escapes(out);
    } else {
      out.append("exits: [").append(String.join(", ", exits)).append("]\n");
    }
    queues(out);
    nodes(out);
    return out.toString();
  }

  private void escapes(StringBuilder out) {
    if (agentEscape == null && repeatEscape == null) {
      out.append("# The original has no global escapes: 0 and * do only what its own menus say.\n")
          .append("escapes: { agent: false, repeat: false }\n");
      return;
    }
    out.append("# Keys every menu of the original offers alike; each menu names those it keeps.\n")
        .append("escapes:\n")
        .append("  agent: ")
        .append(agentEscape == null ? "false" : agentEscape)
        .append("\n  repeat: ")
        .append(repeatEscape == null ? "false" : repeatEscape)
        .append('\n');
  }

  private void queues(StringBuilder out) {
    if (queues.isEmpty()) {
      return;
    }
    out.append("queues:\n");
    queues.forEach(
        (q, label) ->
            out.append("  ")
                .append(q)
                .append(": { label: ")
                .append(quote(inEvery(label)))
                .append(", wait: 60 }\n"));
  }

  private void nodes(StringBuilder out) {
    java.util.Set<String> unreachable = unreachable();
    out.append("nodes:\n");
    for (NodeText n : nodes.values()) {
      if (unreachable.contains(n.id())) {
        continue;
      }
      if (n.comment() != null) {
        out.append("  # ").append(n.comment()).append('\n');
      }
      out.append("  ").append(n.id()).append(":\n");
      n.lines().forEach(l -> out.append("    ").append(l).append('\n'));
    }
  }

  /** What a caller hears for a recording: {@code (the recording x.mp3 plays here)}. */
  static String recording(String reference) {
    return "(the recording " + reference.replaceFirst(".*/", "") + " plays here)";
  }

  /** A text the same in every locale of the flow, as a text of each locale when it has several. */
  String inEvery(String text) {
    if (locales.size() == 1 || StudioLocales.decode(text) != null) {
      return text;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    locales.forEach(l -> texts.put(l, text));
    return StudioLocales.encode(texts);
  }

  /** A YAML double-quoted string: a JSON string literal (JSON escapes are YAML escapes). */
  static String quote(String text) {
    Map<String, String> texts = StudioLocales.decode(text);
    if (texts == null) {
      return CoverageJson.string(text);
    }
    List<String> pairs = new ArrayList<>();
    texts.forEach((locale, t) -> pairs.add(locale + ": " + CoverageJson.string(t)));
    return "{ " + String.join(", ", pairs) + " }";
  }
}
