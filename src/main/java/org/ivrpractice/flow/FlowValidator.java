package org.ivrpractice.flow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what reading alone cannot: that every target names a node, queues and tables exist,
 * sub-flows are called by their exits, menus don't clash with the global escapes, lengths are
 * possible; then the graph checks ({@link GraphChecks}) and variables ({@link VariableCheck}).
 */
final class FlowValidator {

  private static final int MAX_DIGITS = 30;

  private final FlowReader.Draft draft;
  private final Flow flow;
  private final Map<String, FlowReader.Draft> all;
  private final Problems problems;
  private final FlowGraph graph;

  private FlowValidator(FlowReader.Draft draft, Map<String, FlowReader.Draft> all, Problems problems) {
    this.draft = draft;
    this.flow = draft.flow();
    this.all = all;
    this.problems = problems;
    this.graph = new FlowGraph(flow);
  }

  /** Validates one flow against the others it may call. */
  static void validate(FlowReader.Draft draft, Map<String, FlowReader.Draft> all, Problems problems) {
    FlowValidator v = new FlowValidator(draft, all, problems);
    v.checkStart();
    v.checkTargets();
    v.checkEscapeTargets();
    for (Node node : v.flow.nodes().values()) {
      node.accept(new NodeChecks(v));
    }
    new GraphChecks(v.flow, v.graph, problems).run();
    new VariableCheck(v.flow, v.graph, v.draft.sources(), all, problems).run();
  }

  private Position at(String nodeId, String key) {
    Position otherwise = nodeId.isEmpty() ? draft.position() : flow.node(nodeId).position();
    return draft.sources().at(nodeId, key, otherwise);
  }

  private void checkStart() {
    if (flow.start() != null && !flow.nodes().containsKey(flow.start())) {
      problems.add(
          at("", "start"), null, "the start node [" + flow.start() + "] does not exist",
          Problems.suggestion(flow.start(), flow.nodes().keySet(), "the nodes"));
    }
  }

  private void checkTargets() {
    for (Node node : flow.nodes().values()) {
      for (FlowGraph.Edge e : graph.edges(node.id())) {
        if (e.key().startsWith("escape:") || e.target() == null) {
          continue; // escapes are checked once, below; a missing key was reported when read
        }
        if (!flow.nodes().containsKey(e.target())) {
          problems.add(
              at(node.id(), e.key()), node.id(),
              e.label() + " goes to unknown node [" + e.target() + "]",
              Problems.suggestion(e.target(), flow.nodes().keySet(), "the nodes"));
        }
      }
    }
  }

  /** Each escape that some node of this line (or a sub-flow it calls) keeps must have its node. */
  private void checkEscapeTargets() {
    if (flow.isSubflow()) {
      return; // a sub-flow's escapes go to its caller's nodes: checked in the caller
    }
    Set<String> used = new HashSet<>();
    collectActiveEscapes(flow, used, new HashSet<>());
    for (Escape e : flow.escapes()) {
      if (e.isRepeat() || !used.contains(e.name()) || flow.nodes().containsKey(e.target())) {
        continue;
      }
      problems.add(
          at("", "escapes." + e.name() + ".goto"), null,
          "the global escape '" + e.name() + "' goes to node [" + e.target()
              + "], which this flow does not have",
          "add a node '" + e.target() + "' (for an agent, usually a transfer), point escapes."
              + e.name() + ".goto at another node, or turn it off with escapes: { " + e.name()
              + ": false }");
    }
  }

  private void collectActiveEscapes(Flow f, Set<String> used, Set<String> visited) {
    if (!visited.add(f.id())) {
      return;
    }
    for (Node node : f.nodes().values()) {
      InputSettings input = inputOf(node);
      if (input != null) {
        used.addAll(input.escapes());
        if (input.fallback() == null) {
          used.add(Escape.AGENT);
        }
      }
      if (node instanceof Node.Subflow s && all.containsKey(s.flow())) {
        collectActiveEscapes(all.get(s.flow()).flow(), used, visited);
      }
    }
  }

  static InputSettings inputOf(Node node) {
    if (node instanceof Node.Menu m) {
      return m.input();
    }
    if (node instanceof Node.Collect c) {
      return c.input();
    }
    return null;
  }

  /** The per-kind checks. */
  private static final class NodeChecks implements NodeVisitor<Void> {
    private final FlowValidator v;

    NodeChecks(FlowValidator v) {
      this.v = v;
    }

    public Void visit(Node.Say n) {
      return null;
    }

    public Void visit(Node.Menu n) {
      Map<String, Integer> digits = new HashMap<>();
      Map<String, String> words = new HashMap<>();
      for (int i = 0; i < n.options().size(); i++) {
        Node.Option o = n.options().get(i);
        Position where = v.at(n.id(), "options." + i + ".digit");
        Integer before = digits.putIfAbsent(o.digit(), i);
        if (before != null) {
          v.problems.add(
              where, n.id(), "digit " + o.digit() + " is used by two options ("
                  + (before + 1) + " and " + (i + 1) + ")",
              "give each option its own digit");
        }
        for (String word : o.synonyms()) {
          String other = words.putIfAbsent(word, o.digit());
          if (other != null && !other.equals(o.digit())) {
            v.problems.add(
                o.position(), n.id(), "\"" + word + "\" is said for option " + other
                    + " and option " + o.digit(),
                "keep \"" + word + "\" on one option only");
          }
        }
        checkEscapeClash(n.id(), n.input(), o, where);
      }
      return null;
    }

    private void checkEscapeClash(String id, InputSettings input, Node.Option o, Position where) {
      for (Escape e : v.flow.escapes()) {
        if (!input.escapes().contains(e.name())) {
          continue;
        }
        if (o.digit().equals(e.digit())) {
          v.problems.add(
              where, id, "option " + o.digit() + " clashes with the global escape '" + e.name()
                  + "', which also answers to " + e.digit(),
              "choose another digit, or turn the escape off here with escapes: "
                  + keptWithout(input, e.name()));
        }
        for (String word : o.synonyms()) {
          if (e.synonyms().contains(word)) {
            v.problems.add(
                o.position(), id, "option " + o.digit() + "'s word \"" + word
                    + "\" is also the global escape '" + e.name() + "'",
                "remove \"" + word + "\" from the option, or turn the escape off here with escapes: "
                    + keptWithout(input, e.name()));
          }
        }
      }
    }

    private static String keptWithout(InputSettings input, String name) {
      List<String> kept = input.escapes().stream().filter(n -> !n.equals(name)).sorted().toList();
      return kept.isEmpty() ? "false" : kept.toString();
    }

    public Void visit(Node.Collect n) {
      String problem = impossibleLength(n);
      if (problem != null) {
        v.problems.add(
            v.at(n.id(), "length"), n.id(), problem,
            "make the length possible: 1 to " + MAX_DIGITS + " digits, min not above max,"
                + " and what the check needs (luhn 2+, date 4 or 8, amount up to 9)");
      }
      if (n.finishKey() != null) {
        for (Escape e : v.flow.escapes()) {
          if (n.input().escapes().contains(e.name()) && n.finishKey().equals(e.digit())) {
            v.problems.add(
                v.at(n.id(), "finishKey"), n.id(), "the finish key " + n.finishKey()
                    + " is also the global escape '" + e.name() + "'",
                "use the other finish key, or turn the escape off here");
          }
        }
      }
      if (n.into() != null && !n.into().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
        v.problems.add(
            v.at(n.id(), "into"), n.id(), "'" + n.into() + "' is not a variable name",
            "use letters, digits and '_' (no dots)");
      }
      return null;
    }

    private static String impossibleLength(Node.Collect n) {
      int min = n.minLength();
      int max = n.maxLength();
      if (min < 1 || max > MAX_DIGITS) {
        return "a length of " + range(n) + " digits cannot be entered";
      }
      if (min > max) {
        return "the length range " + range(n) + " runs backwards";
      }
      return switch (n.check()) {
        case LUHN -> max < 2 ? "a Luhn check needs at least 2 digits, not " + range(n) : null;
        case DATE ->
            (min <= 4 && 4 <= max) || (min <= 8 && 8 <= max)
                ? null
                : "a date is 4 (MMDD) or 8 (MMDDYYYY) digits, which " + range(n) + " never allows";
        case AMOUNT -> min > 9 ? "an amount has at most 9 digits, not " + range(n) : null;
        case NONE -> null;
      };
    }

    private static String range(Node.Collect n) {
      return n.minLength() == n.maxLength()
          ? String.valueOf(n.minLength())
          : n.minLength() + "-" + n.maxLength();
    }

    public Void visit(Node.Lookup n) {
      if (n.table() == null) {
        return null;
      }
      if (!v.flow.data().tables().containsKey(n.table())) {
        v.problems.add(
            v.at(n.id(), "table"), n.id(), "there is no table '" + n.table() + "' in the practice data"
                + (v.flow.data().file().isEmpty() ? " (the flow names no data file)" : ""),
            v.flow.data().file().isEmpty()
                ? "add data: <name>.data.yaml to the flow"
                : Problems.suggestion(n.table(), v.flow.data().tables().keySet(), "the tables"));
      } else if (n.field() != null
          && v.flow.data().tables().get(n.table()).stream().noneMatch(r -> r.containsKey(n.field()))) {
        v.problems.add(
            v.at(n.id(), "match"), n.id(), "no record of table '" + n.table() + "' has a field '"
                + n.field() + "'",
            "match on a field the records have");
      }
      return null;
    }

    public Void visit(Node.Branch n) {
      return null;
    }

    public Void visit(Node.Reference n) {
      return null;
    }

    public Void visit(Node.Transfer n) {
      if (n.queue() != null && !v.flow.queues().containsKey(n.queue())) {
        v.problems.add(
            v.at(n.id(), "queue"), n.id(), "the queue '" + n.queue() + "' is not declared",
            v.flow.queues().isEmpty()
                ? "declare it under queues: { " + n.queue() + ": { label: ..., wait: 120 } }"
                : Problems.suggestion(n.queue(), v.flow.queues().keySet(), "the queues")
                    + " Or declare it under queues:");
      }
      return null;
    }

    public Void visit(Node.Hangup n) {
      return null;
    }

    public Void visit(Node.Subflow n) {
      new SubflowCheck(v.flow, v.draft.sources(), v.all, v.problems).check(n);
      return null;
    }

    public Void visit(Node.Return n) {
      if (!v.flow.isSubflow()) {
        v.problems.add(
            n.position(), n.id(), "a return only ends a sub-flow, and this flow declares no exits",
            "use a hangup or transfer here, or declare exits: [" + n.exit() + "]");
      } else if (n.exit() != null && !v.flow.exits().contains(n.exit())) {
        v.problems.add(
            v.at(n.id(), "exit"), n.id(), "the exit '" + n.exit() + "' is not declared",
            Problems.suggestion(n.exit(), v.flow.exits(), "the exits"));
      }
      return null;
    }
  }
}
