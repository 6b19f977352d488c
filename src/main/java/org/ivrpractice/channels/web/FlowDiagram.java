package org.ivrpractice.channels.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowGraph;
import org.ivrpractice.flow.Node;

/**
 * A line drawn as a graph for the review page: the nodes of the line and of every sub-flow it
 * calls, and the ways between them from {@link FlowGraph}, plus a sub-flow node's call into the
 * sub-flow's start and a return node's way back to where its exit continues. The page lays it out
 * with dagre; ways with the same ends are merged into one edge.
 *
 * @param flow the line
 * @param flows the line and its sub-flows, drawn as clusters
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
   * {@code branch}, {@code escape}, {@code fallback}, {@code call} or {@code return}.
   */
  public record DiagramEdge(String from, String to, String label, String kind) {}

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
      }
    }
    addReturns(flows, edges);
    List<Cluster> clusters =
        flows.values().stream().map(f -> new Cluster(f.id(), f.name())).toList();
    return new FlowDiagram(line.id(), clusters, nodes, List.copyOf(edges.values()));
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
      edges.put(key, new DiagramEdge(from, to, shown, edgeKind(label)));
    } else if (known.kind().equals(edgeKind(label)) && !known.label().contains(shown)) {
      edges.put(key, new DiagramEdge(from, to, known.label() + ", " + shown, known.kind()));
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

  private static String id(Flow flow, String nodeId) {
    return flow.id() + "/" + nodeId;
  }
}
