package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.ivrpractice.interop.FlowYaml.NodeText;
import org.ivrpractice.interop.StudioLineMap.Part;

/**
 * A definition {@code export studio} wrote, its sub-flows inlined, folded back into the line and
 * its sub-flows by the {@link StudioLineMap} in its description: each node goes back to the flow
 * whose prefix its widget has, under its own id; a way into a sub-flow is its {@code subflow} node
 * again, and a way out is a {@code return} by the exit that went there. A sub-flow inlined several
 * times is written once, from its first copy.
 */
final class StudioRefold {

  private final StudioContext context;
  private final StudioLineMap map;
  private final List<NodeText> all;

  StudioRefold(StudioContext context, StudioLineMap map) {
    this.context = context;
    this.map = map;
    this.all = context.out.nodes();
  }

  /** The sub-flows' files, by file name; the line's own nodes are put back in its flow. */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    Set<String> written = new HashSet<>();
    for (Part p : map.parts) {
      if (written.add(p.flow())) {
        FlowYaml part =
            context.out.part(
                p.flow(), p.name(), new ArrayList<>(p.exits().keySet()), nodesOf(p.prefix()));
        part.start(p.start());
        files.put(p.flow() + ".yaml", part.text());
      }
    }
    String start = resolve("", context.out.start());
    context.out.retargetAgent(t -> resolve("", t));
    context.out.replaceNodes(nodesOf(""));
    context.out.start(start);
    return files;
  }

  /** The nodes of the flow inlined under a prefix, with the subflow and return nodes it needs. */
  private List<NodeText> nodesOf(String prefix) {
    Map<String, NodeText> out = new LinkedHashMap<>();
    for (NodeText n : all) {
      if (groupOf(n.id()).equals(prefix)) {
        List<String> lines = new ArrayList<>();
        for (String line : n.lines()) {
          String moved = retarget(prefix, line, out);
          if (moved != null) {
            lines.add(moved);
          }
        }
        out.put(localId(n.id(), prefix), new NodeText(localId(n.id(), prefix), n.comment(), lines));
      }
    }
    for (Part child : map.parts) {
      if (child.in().equals(prefix)) {
        out.put(child.node(), subflow(child, out));
      }
    }
    return new ArrayList<>(out.values());
  }

  private NodeText subflow(Part child, Map<String, NodeText> out) {
    List<String> lines = new ArrayList<>();
    lines.add("type: subflow");
    lines.add("flow: " + child.flow());
    List<String> exits = new ArrayList<>();
    child
        .exits()
        .forEach(
            (exit, widget) -> {
              String there = resolve(child.in(), widget);
              exits.add(exit + ": " + (there != null ? there : outOf(child.in(), widget, out)));
            });
    lines.add("exits: { " + String.join(", ", exits) + " }");
    return new NodeText(child.node(), "Sub-flow " + child.flow() + ", inlined in Studio.", lines);
  }

  /**
   * A line with the node it names as the flow under {@code prefix} has it; null when the line is a
   * fallback to the agent escape's node outside it (a sub-flow's default fallback).
   */
  private String retarget(String prefix, String line, Map<String, NodeText> out) {
    Matcher m = FlowYaml.TARGET.matcher(line);
    StringBuilder text = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String target = m.group(1);
      String moved = resolve(prefix, target);
      if (moved == null) {
        if (line.startsWith("fallback: ") && target.equals(context.agentTarget)) {
          return null;
        }
        moved = outOf(prefix, target, out);
      }
      text.append(line, last, m.start(1)).append(moved);
      last = m.end(1);
    }
    return text.append(line.substring(last)).toString();
  }

  /**
   * Where a node is for the flow under {@code prefix}: its own node, or the subflow node of the
   * child flow it is in; null when it is outside.
   */
  private String resolve(String prefix, String nodeId) {
    String group = groupOf(nodeId);
    if (group.equals(prefix)) {
      return localId(nodeId, prefix);
    }
    for (Part p = map.part(group); p != null; p = map.part(p.in())) {
      if (p.in().equals(prefix)) {
        return p.node();
      }
    }
    return null;
  }

  /**
   * A way out of the flow under {@code prefix} to a node outside it: a {@code return} by the exit
   * that goes there (written once), or, for Studio's cut-off, the same hangup in this flow.
   */
  private String outOf(String prefix, String nodeId, Map<String, NodeText> out) {
    Part p = map.part(prefix);
    if (p != null) {
      for (var e : p.exits().entrySet()) {
        if (e.getValue().equals(nodeId)) {
          String id = "return-" + e.getKey();
          out.putIfAbsent(
              id,
              new NodeText(
                  id,
                  "Where exit " + e.getKey() + " leaves, inlined in Studio.",
                  List.of("type: return", "exit: " + e.getKey())));
          return id;
        }
      }
    }
    for (NodeText n : all) {
      if (n.id().equals(nodeId) && nodeId.equals(StudioContext.CUT_OFF)) {
        out.putIfAbsent(nodeId, n);
      }
    }
    return nodeId;
  }

  /** The prefix of the flow a node's widget is in: the longest sub-flow prefix it has. */
  private String groupOf(String nodeId) {
    String best = "";
    for (Part p : map.parts) {
      if (nodeId.startsWith(p.prefix()) && p.prefix().length() > best.length()) {
        best = p.prefix();
      }
    }
    return best;
  }

  private String localId(String nodeId, String prefix) {
    String id = map.nodes.get(nodeId);
    return id != null ? id : nodeId.substring(prefix.length());
  }
}
