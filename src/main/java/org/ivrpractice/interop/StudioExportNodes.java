package org.ivrpractice.interop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.NodeVisitor;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.Template;
import org.ivrpractice.flow.Text;

/**
 * Each node of a line (and of the sub-flows it calls, inlined under the calling node's name) as the
 * Studio widgets it takes; the nodes are written as the line reaches them.
 */
final class StudioExportNodes {

  /** A node of some flow, inlined under a prefix ({@code verify__} for the sub-flow at verify). */
  private record Place(Flow flow, String prefix, String nodeId) {}

  /** Where a sub-flow inlined under a prefix returns to. */
  private record Caller(Flow flow, String prefix, Node.Subflow node) {}

  private final Flow line;
  private final StudioStates states;
  private final Problems problems;
  private final Deque<Place> todo = new ArrayDeque<>();
  private final Set<String> queued = new HashSet<>();
  private final Map<String, Caller> callers = new HashMap<>();
  private final Map<String, String> variables = new HashMap<>();
  private final StudioLineMap map = new StudioLineMap();

  StudioExportNodes(Flow line, StudioStates states, Problems problems) {
    this.line = line;
    this.states = states;
    this.problems = problems;
    StudioExportFunctions.declare(line, variables);
  }

  /** The widget a call going to this node goes to first; the node is queued to be written. */
  String entry(Flow flow, String prefix, String nodeId) {
    Node node = flow.node(nodeId);
    if (node instanceof Node.Return r) {
      Caller c = callers.get(prefix);
      String widget = entry(c.flow(), c.prefix(), c.node().exits().get(r.exit()));
      map.part(prefix).exits().putIfAbsent(r.exit(), nodeWidget(widget));
      return widget;
    }
    if (node instanceof Node.Subflow s) {
      Flow sub = line.flow(s.flow());
      String inner = prefix + s.id().replace('-', '_') + "__";
      if (callers.putIfAbsent(inner, new Caller(flow, prefix, s)) == null) {
        map.parts.add(
            new StudioLineMap.Part(
                inner, sub.id(), sub.name(), s.id(), prefix, sub.start(), new LinkedHashMap<>()));
      }
      return entry(sub, inner, sub.start());
    }
    String name = name(prefix, nodeId);
    if (queued.add(name)) {
      todo.add(new Place(flow, prefix, nodeId));
      map.nodes.put(name, nodeId);
    }
    return node instanceof Node.Waiting ? name + StudioCounters.ENTER : name;
  }

  /** The widget that is the node a call entering at this widget meets. */
  private static String nodeWidget(String entry) {
    return entry.endsWith(StudioCounters.ENTER)
        ? entry.substring(0, entry.length() - StudioCounters.ENTER.length())
        : entry;
  }

  /** The line's map, for the definition's description. */
  StudioLineMap map() {
    return map;
  }

  static String name(String prefix, String nodeId) {
    return prefix + nodeId.replace('-', '_');
  }

  void writeAll() {
    while (!todo.isEmpty()) {
      Place p = todo.poll();
      p.flow().node(p.nodeId()).accept(new Writer(p));
    }
  }

  /**
   * A text with its variables as Liquid: in the line's one locale, or for a line with several, a
   * Liquid {@code if} on {@code flow.variables.locale} with the first locale's text as its {@code
   * else} ({@link StudioLocales}).
   */
  String say(Text text, Place at) {
    if (text == null) {
      return "";
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String locale : line.locales()) {
      texts.put(locale, liquid(text.in(locale), at));
    }
    return StudioLocales.choose(texts);
  }

  /** A text in one locale, its variables as Liquid. */
  String say(Text text, String locale, Place at) {
    return text == null ? "" : liquid(text.in(locale), at);
  }

  /** The Liquid a variable of this place is: what a collect of its own flow fills, else any. */
  private String variable(String path, Place at) {
    String own = variables.get(at.prefix() + "|" + path);
    return own != null ? own : variables.get(path);
  }

  /** A template, its variables as Liquid. */
  private String liquid(Template t, Place at) {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : t.parts()) {
      if (part instanceof Template.Literal l) {
        out.append(l.text());
      } else if (part instanceof Template.Variable v) {
        String liquid = variable(v.path(), at);
        if (liquid == null) {
          problems.add(
              line.node(at.nodeId()) == null
                  ? org.ivrpractice.flow.Position.unknown(at.flow().source())
                  : at.flow().node(at.nodeId()).position(),
              at.nodeId(),
              "{" + v.path() + "} has no Studio counterpart the export knows",
              "read only variables a collect, a menu option, a lookup or a reference number sets");
        } else {
          out.append("{{").append(liquid).append(v.digits() ? DIGITS : "").append("}}");
        }
      }
    }
    return out.toString();
  }

  /** The Liquid filters that read a value digit by digit, as {@code {ref|digits}} does. */
  static final String DIGITS = " | split: '' | join: ' '";

  /** Writes one node's widgets. */
  private final class Writer implements NodeVisitor<Void> {
    private final Place at;
    private final String name;

    Writer(Place at) {
      this.at = at;
      this.name = name(at.prefix(), at.nodeId());
    }

    private String to(String nodeId) {
      return entry(at.flow(), at.prefix(), nodeId);
    }

    public Void visit(Node.Say n) {
      Map<String, Object> p =
          states.add(name, "say-play", List.of(StudioStates.on("audioComplete", to(n.next()))));
      speak(p, say(n.prompt(), at));
      return null;
    }

    public Void visit(Node.Hangup n) {
      Map<String, Object> p =
          states.add(name, "say-play", List.of(StudioStates.on("audioComplete", null)));
      speak(p, say(n.prompt(), at));
      return null;
    }

    public Void visit(Node.Transfer n) {
      String queueWidget = n.prompt() == null ? name : name + "__queue";
      if (n.prompt() != null) {
        Map<String, Object> p =
            states.add(name, "say-play", List.of(StudioStates.on("audioComplete", queueWidget)));
        speak(p, say(n.prompt(), at));
      }
      Map<String, Object> q =
          states.add(
              queueWidget,
              "enqueue-call",
              List.of(
                  StudioStates.on("callComplete", null),
                  StudioStates.on("failedToEnqueue", null),
                  StudioStates.on("callFailure", null)));
      q.put("queue_name", n.queue());
      return null;
    }

    public Void visit(Node.Menu n) {
      new StudioExportMenu(StudioExportNodes.this, states, line, name, n, this::to, at.prefix())
          .write(say(n.prompt(), at), (text, locale) -> say(text, locale, at), t -> say(t, at));
      return null;
    }

    public Void visit(Node.Collect n) {
      variables.put(n.into(), "widgets." + name + ".Digits");
      variables.put(at.prefix() + "|" + n.into(), "widgets." + name + ".Digits");
      new StudioExportMenu(StudioExportNodes.this, states, line, name, n, this::to, at.prefix())
          .writeCollect(say(n.prompt(), at), n, label -> say(label, at));
      return null;
    }

    public Void visit(Node.Branch n) {
      new StudioExportBranch(states, path -> variable(path, at), problems).write(name, n, this::to);
      return null;
    }

    public Void visit(Node.Lookup n) {
      String match = variable(n.variable(), at);
      if (match == null) {
        problems.add(
            n.position(),
            n.id(),
            "{" + n.variable() + "}, which this lookup matches by, has no Studio counterpart",
            "match by what a collect or a menu option sets");
        return null;
      }
      functions().lookup(name, at.flow(), n, match, this::to);
      return null;
    }

    public Void visit(Node.Reference n) {
      functions().reference(name, n, this::to);
      return null;
    }

    public Void visit(Node.Save n) {
      Map<String, String> record = new LinkedHashMap<>();
      n.record().forEach((field, value) -> record.put(field, liquid(value, at)));
      functions().save(name, n, record, this::to);
      return null;
    }

    public Void visit(Node.Subflow n) {
      return null; // inlined by entry()
    }

    public Void visit(Node.Return n) {
      return null; // its exit's node, by entry()
    }

    private void speak(Map<String, Object> properties, String text) {
      properties.put("say", text);
      properties.put("language", StudioLocales.language(line));
      properties.put("loop", 1);
    }
  }

  private StudioExportFunctions functions() {
    return new StudioExportFunctions(states, variables);
  }

  /** Says that a variable an option sets is the flow variable of that name in Studio. */
  void optionSets(String variable) {
    variables.putIfAbsent(variable, "flow.variables." + variable);
  }

  /** The global escapes a node keeps, from the line's. */
  List<Escape> escapes(Node.Waiting node) {
    List<Escape> out = new ArrayList<>();
    for (Escape e : line.escapes()) {
      if (node.input().escapes().contains(e.name())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The widget an escape's node is, in the line itself. */
  String escapeEntry(Escape e) {
    return entry(line, "", e.target());
  }

  /** The widget a fallback goes to: the node named, or the agent escape's node. */
  String fallbackEntry(Node.Waiting node, java.util.function.Function<String, String> to) {
    String fallback = node.input().fallback();
    if (fallback != null) {
      return to.apply(fallback);
    }
    Escape agent = line.escape(Escape.AGENT);
    return agent == null || agent.target() == null ? null : escapeEntry(agent);
  }
}
