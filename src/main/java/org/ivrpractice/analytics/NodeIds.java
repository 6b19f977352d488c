package org.ivrpractice.analytics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ivrpractice.engine.Event;

/**
 * A node's id as traces and summaries write it, {@code flow/node}: one string per node, shared by
 * every call, not one made for each node each call enters. The call log keeps thousands of
 * summaries of a dozen nodes each for a long time; made afresh, those strings were most of what the
 * log held. A bounded number of ids is kept (the flows' nodes, many times over); past it the id is
 * made as before.
 */
final class NodeIds {

  /** The most ids kept (well above every node of every flow a server runs). */
  static final int MAX = 50_000;

  private static final ConcurrentMap<String, ConcurrentMap<String, String>> BY_FLOW =
      new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, String> FULL = new ConcurrentHashMap<>();

  private NodeIds() {}

  static String of(Event e) {
    return of(e.flowId(), e.nodeId());
  }

  static String of(String flow, String node) {
    ConcurrentMap<String, String> nodes = BY_FLOW.get(flow);
    String id = nodes == null ? null : nodes.get(node);
    if (id != null) {
      return id;
    }
    if (FULL.size() >= MAX) {
      return flow + "/" + node;
    }
    String made = flow + "/" + node;
    String kept = FULL.computeIfAbsent(made, k -> k);
    BY_FLOW.computeIfAbsent(flow, f -> new ConcurrentHashMap<>()).putIfAbsent(node, kept);
    return kept;
  }
}
