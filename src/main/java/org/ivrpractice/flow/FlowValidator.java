package org.ivrpractice.flow;

import java.util.Map;
import java.util.Set;

/**
 * Checks what reading alone cannot: that every target names a node, queues and tables exist,
 * sub-flows are called by their exits, menus don't clash with the global escapes, lengths are
 * possible; then the graph checks ({@link GraphChecks}) and variables ({@link VariableCheck}).
 */
final class FlowValidator {

  final FlowReader.Draft draft;
  final Flow flow;
  final Map<String, FlowReader.Draft> all;
  final Set<String> unreadable;
  final Problems problems;
  final FlowGraph graph;

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

  Position at(String nodeId, String key) {
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
}
