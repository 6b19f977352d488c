package org.ivrpractice.channels.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowGraph;
import org.ivrpractice.flow.InputSettings;
import org.ivrpractice.flow.Node;

/**
 * A line drawn as a graph for the flow page and the review: the nodes of the line and of every
 * sub-flow it calls, and the ways between them from {@link FlowGraph}, plus a sub-flow node's call
 * into the sub-flow's start, a return node's way back to where its exit continues, and the global
 * escapes and fallbacks that leave a sub-flow for the line's agent. The page lays it out with ELK
 * (sub-flows as groups); ways with the same ends are merged into one edge. The ways back to the
 * main menu and to the agent are marked ({@link DiagramEdge#stub}), so that the page can draw them
 * as short labelled stubs rather than lines across the page.
 *
 * @param flow the line
 * @param flows the line and its sub-flows, drawn as groups
 * @param nodes every node, by {@code flow/node} id
 * @param edges every way between two nodes
 */
public record FlowDiagram(
    String flow, List<Cluster> flows, List<DiagramNode> nodes, List<DiagramEdge> edges) {

  /** A flow drawn as a box around its nodes. */
  public record Cluster(String id, String name) {}

  /** A node: {@code kind} is its type ({@code menu}, {@code collect}, {@code transfer}...). */
  public record DiagramNode(String id, String flow, String node, String kind) {}

  /**
   * A way from one node to another; {@code kind} is {@code option}, {@code next}, {@code found},
   * {@code branch}, {@code escape}, {@code fallback}, {@code call}, {@code exit} or {@code return}.
   * {@code stub} is {@code agent} for a way to the line's agent node (the escape's target), {@code
   * main-menu} for a way back to the line's main menu (see {@link DiagramStubs}), and null for any
   * other.
   */
  public record DiagramEdge(String from, String to, String label, String kind, String stub) {

    DiagramEdge withStub(String name) {
      return new DiagramEdge(from, to, label, kind, name);
    }
  }

  static FlowDiagram of(Flow line) {
    Map<String, Flow> flows = new LinkedHashMap<>();
    flows.put(line.id(), line);
    flows.putAll(line.subflows());
    List<DiagramNode> nodes = new ArrayList<>();
    Map<String, DiagramEdge> edges = new LinkedHashMap<>();
    for (Flow flow : flows.values()) {
      FlowGraph graph = new FlowGraph(flow);
      for (Node node : flow.nodes().values()) {
        nodes.add(new DiagramNode(id(flow, node.id()), flow.id(), node.id(), kind(node)));
        for (FlowGraph.Edge e : graph.edges(node.id())) {
          if (flow.nodes().containsKey(e.target())) {
            add(edges, id(flow, node.id()), id(flow, e.target()), e.label());
          }
        }
        if (node instanceof Node.Subflow call && flows.containsKey(call.flow())) {
          Flow sub = flows.get(call.flow());
          add(edges, id(flow, node.id()), id(sub, sub.start()), "call");
        }
        if (flow.isSubflow() && node instanceof Node.Waiting waiting) {
          addEscapesToLine(line, id(flow, node.id()), waiting.input(), edges);
        }
      }
    }
    addReturns(flows, edges);
    List<Cluster> clusters =
        flows.values().stream().map(f -> new Cluster(f.id(), f.name())).toList();
    List<DiagramEdge> marked = new DiagramStubs(line, edges.values()).mark();
    return new FlowDiagram(line.id(), clusters, nodes, marked);
  }

  /**
   * From a sub-flow's menu or collect to the line's nodes its escapes go to, and to the line's
   * agent when it has no fallback of its own (the engine takes the call back to the line there).
   */
  private static void addEscapesToLine(
      Flow line, String from, InputSettings input, Map<String, DiagramEdge> edges) {
    for (Escape e : line.escapes()) {
      if (input.escapes().contains(e.name())
          && !e.isRepeat()
          && line.nodes().containsKey(e.target())) {
        add(edges, from, id(line, e.target()), "escape " + e.name());
      }
    }
    Escape agent = line.escape(Escape.AGENT);
    if (input.fallback() == null && agent != null && line.nodes().containsKey(agent.target())) {
      add(edges, from, id(line, agent.target()), "fallback");
    }
  }

  /** From each return node to the node its exit continues at, in every flow that calls it. */
  private static void addReturns(Map<String, Flow> flows, Map<String, DiagramEdge> edges) {
    for (Flow caller : flows.values()) {
      for (Node node : caller.nodes().values()) {
        if (!(node instanceof Node.Subflow call) || !flows.containsKey(call.flow())) {
          continue;
        }
        Flow sub = flows.get(call.flow());
        for (Node inner : sub.nodes().values()) {
          if (inner instanceof Node.Return ret && call.exits().containsKey(ret.exit())) {
            String target = call.exits().get(ret.exit());
            if (caller.nodes().containsKey(target)) {
              add(edges, id(sub, inner.id()), id(caller, target), "return");
            }
          }
        }
      }
    }
  }

  private static void add(Map<String, DiagramEdge> edges, String from, String to, String label) {
    String key = from + "->" + to;
    DiagramEdge known = edges.get(key);
    String shown = label.startsWith("option ") ? label.substring(7) : label;
    if (known == null) {
      edges.put(key, new DiagramEdge(from, to, shown, edgeKind(label), null));
    } else if (known.kind().equals(edgeKind(label)) && !known.label().contains(shown)) {
      edges.put(key, new DiagramEdge(from, to, known.label() + ", " + shown, known.kind(), null));
    }
  }

  private static String edgeKind(String label) {
    String first = label.split(" ")[0];
    return switch (first) {
      case "option", "next", "fallback", "escape", "call", "return" -> first;
      case "found", "notFound" -> "found";
      case "case", "else" -> "branch";
      case "exit" -> "exit";
      default -> "next";
    };
  }

  private static String kind(Node node) {
    return node.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  static String id(Flow flow, String nodeId) {
    return flow.id() + "/" + nodeId;
  }
}
