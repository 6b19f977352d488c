package org.ivrpractice.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what reading alone cannot: that every target names a node, queues and tables exist,
 * sub-flows are called by their exits, menus don't clash with the global escapes, lengths are
 * possible; then the graph checks ({@link GraphChecks}) and variables ({@link VariableCheck}).
 */
final class FlowValidator {

  private final FlowReader.Draft draft;
  private final Flow flow;
  private final Map<String, FlowReader.Draft> all;
  private final Set<String> unreadable;
  private final Problems problems;
  private final FlowGraph graph;

  private FlowValidator(
      FlowReader.Draft draft,
      Map<String, FlowReader.Draft> all,
      Set<String> unreadable,
      Problems problems) {
    this.draft = draft;
    this.flow = draft.flow();
    this.all = all;
    this.unreadable = unreadable;
    this.problems = problems;
    this.graph = new FlowGraph(flow);
  }

  /**
   * Validates one flow against the others it may call.
   *
   * @param all the flows read, by id
   * @param unreadable the ids of flow files too broken to read (reported already)
   */
  static void validate(
      FlowReader.Draft draft,
      Map<String, FlowReader.Draft> all,
      Set<String> unreadable,
      Problems problems) {
    FlowValidator v = new FlowValidator(draft, all, unreadable, problems);
    v.checkStart();
    v.checkTargets();
    v.checkEscapeTargets();
    for (Node node : v.flow.nodes().values()) {
      node.accept(new NodeChecks(v));
    }
    if (draft.unreadable().isEmpty()) { // with nodes missing, paths through the graph are guesses
      Map<String, Set<String>> throughSubflows =
          new EscapeUse(v.flow, all).targetsThroughSubflows();
      new GraphChecks(v.flow, v.graph, throughSubflows, problems).run();
      new VariableCheck(v.flow, v.graph, v.draft.sources(), all, problems).run();
    }
  }

  /** True when a node of this id was written, even one too broken to read. */
  private boolean written(String nodeId) {
    return nodeId != null
        && (flow.nodes().containsKey(nodeId) || draft.unreadable().contains(nodeId));
  }

  private Position at(String nodeId, String key) {
    Position otherwise = nodeId.isEmpty() ? draft.position() : flow.node(nodeId).position();
    return draft.sources().at(nodeId, key, otherwise);
  }

  private void checkStart() {
    if (flow.start() != null && !written(flow.start())) {
      problems.add(
          at("", "start"),
          null,
          "the start node [" + flow.start() + "] does not exist",
          Problems.suggestion(flow.start(), flow.nodes().keySet(), "the nodes"));
    }
  }

  private void checkTargets() {
    for (Node node : flow.nodes().values()) {
      for (FlowGraph.Edge e : graph.edges(node.id())) {
        if (e.key().startsWith("escape:") || e.target() == null) {
          continue; // escapes are checked once, below; a missing key was reported when read
        }
        if (!written(e.target())) {
          problems.add(
              at(node.id(), e.key()),
              node.id(),
              e.label() + " goes to unknown node [" + e.target() + "]",
              Problems.suggestion(e.target(), flow.nodes().keySet(), "the nodes"));
        }
      }
    }
  }

  /**
   * Each escape that some node of this line (or a sub-flow it calls) keeps must have its node. The
   * problem points at the escape's {@code goto} when the flow declares it, else at the first node
   * that can take it.
   */
  private void checkEscapeTargets() {
    if (flow.isSubflow()) {
      return; // a sub-flow's escapes go to its caller's nodes: checked in the caller
    }
    Map<String, String> firstUser = new EscapeUse(flow, all).firstNodes();
    for (Escape e : flow.escapes()) {
      String user = firstUser.get(e.name());
      if (e.isRepeat() || user == null || e.target() == null || written(e.target())) {
        continue;
      }
      boolean declared = e.source().line() > 0;
      problems.add(
          declared ? at("", "escapes." + e.name() + ".goto") : at(user, "escapes"),
          declared ? null : user,
          "the global escape '"
              + e.name()
              + "' goes to node ["
              + e.target()
              + "], which this flow does not have",
          "add a node '"
              + e.target()
              + "' (for an agent, usually a transfer), point escapes."
              + e.name()
              + ".goto at another node, or turn it off with escapes: { "
              + e.name()
              + ": false }");
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
              where,
              n.id(),
              "digit "
                  + o.digit()
                  + " is used by two options ("
                  + (before + 1)
                  + " and "
                  + (i + 1)
                  + ")",
              "give each option its own digit");
        }
        for (String word : o.synonyms()) {
          String other = words.putIfAbsent(word, o.digit());
          if (other != null && !other.equals(o.digit())) {
            v.problems.add(
                o.position(),
                n.id(),
                "\"" + word + "\" is said for option " + other + " and option " + o.digit(),
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
              where,
              id,
              "option "
                  + o.digit()
                  + " clashes with the global escape '"
                  + e.name()
                  + "', which also answers to "
                  + e.digit(),
              "choose another digit, or turn the escape off here with escapes: "
                  + keptWithout(input, e.name()));
        }
        for (String word : o.synonyms()) {
          if (e.synonyms().stream().anyMatch(word::equalsIgnoreCase)) {
            v.problems.add(
                o.position(),
                id,
                "option "
                    + o.digit()
                    + "'s word \""
                    + word
                    + "\" is also the global escape '"
                    + e.name()
                    + "'",
                "remove \""
                    + word
                    + "\" from the option, or turn the escape off here with escapes: "
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
      String[] problem = CollectLength.problem(n);
      if (problem != null) {
        v.problems.add(v.at(n.id(), "length"), n.id(), problem[0], problem[1]);
      }
      if (n.finishKey() != null) {
        for (Escape e : v.flow.escapes()) {
          if (n.input().escapes().contains(e.name()) && n.finishKey().equals(e.digit())) {
            String other = n.finishKey().equals("#") ? "*" : "#";
            v.problems.add(
                v.at(n.id(), "finishKey"),
                n.id(),
                "the finish key "
                    + n.finishKey()
                    + " is also the global escape '"
                    + e.name()
                    + "', so it could never finish",
                "write finishKey: \""
                    + other
                    + "\", or turn the escape off here with escapes: "
                    + keptWithout(n.input(), e.name()));
          }
        }
      }
      if (n.into() != null && !n.into().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
        v.problems.add(
            v.at(n.id(), "into"),
            n.id(),
            "'" + n.into() + "' is not a variable name",
            "use letters, digits and '_' (no dots)");
      }
      return null;
    }

    public Void visit(Node.Lookup n) {
      if (n.table() == null || v.draft.dataMissing()) {
        return null; // no table to look in: reported already
      }
      if (!v.flow.data().tables().containsKey(n.table())) {
        v.problems.add(
            v.at(n.id(), "table"),
            n.id(),
            "there is no table '"
                + n.table()
                + "' in the practice data"
                + (v.flow.data().file().isEmpty() ? " (the flow names no data file)" : ""),
            v.flow.data().file().isEmpty()
                ? "add data: <name>.data.yaml to the flow"
                : Problems.suggestion(n.table(), v.flow.data().tables().keySet(), "the tables"));
      } else if (n.field() != null
          && v.flow.data().tables().get(n.table()).stream()
              .noneMatch(r -> r.containsKey(n.field()))) {
        Set<String> fields = new java.util.TreeSet<>();
        v.flow.data().tables().get(n.table()).forEach(r -> fields.addAll(r.keySet()));
        fields.removeIf(f -> f.contains("."));
        v.problems.add(
            v.at(n.id(), "match"),
            n.id(),
            "no record of table '" + n.table() + "' has a field '" + n.field() + "'",
            Problems.suggestion(n.field(), fields, "its fields"));
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
            v.at(n.id(), "queue"),
            n.id(),
            "the queue '" + n.queue() + "' is not declared",
            Problems.closest(n.queue(), v.flow.queues().keySet()) != null
                ? Problems.suggestion(n.queue(), v.flow.queues().keySet(), "the queues")
                    + " Or declare it under queues:"
                : "declare it under queues: { " + n.queue() + ": { label: ..., wait: 120 } }");
      }
      return null;
    }

    public Void visit(Node.Hangup n) {
      return null;
    }

    public Void visit(Node.Subflow n) {
      new SubflowCheck(v.flow, v.draft.sources(), v.all, v.unreadable, v.problems).check(n);
      return null;
    }

    public Void visit(Node.Return n) {
      if (!v.flow.isSubflow()) {
        v.problems.add(
            n.position(),
            n.id(),
            "a return only ends a sub-flow, and this flow declares no exits",
            "use a hangup or transfer here, or declare exits: [" + n.exit() + "]");
      } else if (n.exit() != null && !v.flow.exits().contains(n.exit())) {
        v.problems.add(
            v.at(n.id(), "exit"),
            n.id(),
            "the exit '" + n.exit() + "' is not declared",
            Problems.suggestion(n.exit(), v.flow.exits(), "the exits"));
      }
      return null;
    }
  }
}
