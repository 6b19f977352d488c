package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A loaded, validated flow: immutable, shared by every call and every channel.
 *
 * @param id the flow's id (its file name without {@code .yaml})
 * @param name display name
 * @param description one line for lists (may be empty)
 * @param locales the locales it speaks; the first is the default
 * @param start the first node's id
 * @param nodes the nodes by id, in declaration order
 * @param queues the queues transfers may name
 * @param escapes the global escapes, in declaration order
 * @param exits the exits, when this flow is a sub-flow; empty for a phone line
 * @param data the practice data it looks up
 * @param subflows every sub-flow it calls, directly or not, by id
 * @param source the file it was read from
 * @param lintIgnores for each node that has one, its {@code lint:} key (lint rules silenced there)
 */
public record Flow(
    String id,
    String name,
    String description,
    List<String> locales,
    String start,
    Map<String, Node> nodes,
    Map<String, Queue> queues,
    List<Escape> escapes,
    List<String> exits,
    PracticeData data,
    Map<String, Flow> subflows,
    String source,
    Map<String, LintIgnore> lintIgnores) {

  /** A flow whose nodes silence no lint rule. */
  public Flow(
      String id,
      String name,
      String description,
      List<String> locales,
      String start,
      Map<String, Node> nodes,
      Map<String, Queue> queues,
      List<Escape> escapes,
      List<String> exits,
      PracticeData data,
      Map<String, Flow> subflows,
      String source) {
    this(
        id,
        name,
        description,
        locales,
        start,
        nodes,
        queues,
        escapes,
        exits,
        data,
        subflows,
        source,
        Map.of());
  }

  public boolean isSubflow() {
    return !exits.isEmpty();
  }

  public String defaultLocale() {
    return locales.get(0);
  }

  /** The node with this id in this flow. */
  public Node node(String nodeId) {
    Node node = nodes.get(nodeId);
    if (node == null) {
      throw new IllegalArgumentException("flow " + id + " has no node " + nodeId);
    }
    return node;
  }

  /** This flow if {@code flowId} is its id, else the sub-flow with that id. */
  public Flow flow(String flowId) {
    if (id.equals(flowId)) {
      return this;
    }
    Flow sub = subflows.get(flowId);
    if (sub == null) {
      throw new IllegalArgumentException("flow " + id + " calls no sub-flow " + flowId);
    }
    return sub;
  }

  /** This flow first, then every sub-flow it calls: all the nodes a call of it can reach. */
  public List<Flow> allFlows() {
    List<Flow> all = new ArrayList<>(1 + subflows.size());
    all.add(this);
    all.addAll(subflows.values());
    return all;
  }

  /** The escape with this name, or null. */
  public Escape escape(String name) {
    return escapes.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  /** A copy with its sub-flows linked. */
  public Flow withSubflows(Map<String, Flow> linked) {
    return new Flow(
        id,
        name,
        description,
        locales,
        start,
        nodes,
        queues,
        escapes,
        exits,
        data,
        Map.copyOf(linked),
        source,
        lintIgnores);
  }
}
