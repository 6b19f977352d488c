package org.ivrpractice.flow;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each key of each node was written, so that the validator can point at the exact line of a
 * {@code goto}, a {@code next} or a prompt rather than at the node.
 */
public final class SourceMap {

  private final Map<String, Position> positions = new HashMap<>();

  void put(String nodeId, String key, Position position) {
    positions.putIfAbsent(nodeId + "#" + key, position);
  }

  /** How to name a key in a message: {@code options.1.label} is "the label of option 2". */
  public static String describe(String key) {
    String[] parts = key.split("\\.");
    if (parts.length == 3 && parts[0].equals("options")) {
      return "'" + parts[2] + "' of option " + (Integer.parseInt(parts[1]) + 1);
    }
    if (parts.length == 3 && parts[0].equals("when")) {
      return "'" + parts[2] + "' of case " + (Integer.parseInt(parts[1]) + 1);
    }
    return "'" + key + "'";
  }

  /**
   * Where {@code key} of {@code nodeId} stands (keys such as {@code next}, {@code options.2.goto}).
   */
  public Position at(String nodeId, String key, Position otherwise) {
    return positions.getOrDefault(nodeId + "#" + key, otherwise);
  }
}
