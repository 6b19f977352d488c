package org.ivrpractice.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code export studio} writes after the line's name in the definition's {@code description}
 * so that {@code import studio} gives back the same flows: each widget that is a node, with the
 * node's id (Studio names have no {@code -}), and each inlined sub-flow, with its prefix, its flow,
 * the calling node and where each exit it takes goes. Studio keeps the description as written and
 * shows it nowhere a caller hears.
 */
final class StudioLineMap {

  /** What comes between the line's name and the map in the description. */
  static final String MARK = "\n\nexport studio: ";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A sub-flow inlined under a prefix.
   *
   * @param prefix the prefix of its widgets ({@code lost_card__verify__})
   * @param flow the sub-flow's id
   * @param name the sub-flow's name
   * @param node the calling node's id
   * @param in the prefix of the calling flow's widgets ({@code ""} for the line)
   * @param start the sub-flow's first node
   * @param exits each exit a call takes, with the widget (of a caller) it goes on at
   */
  record Part(
      String prefix,
      String flow,
      String name,
      String node,
      String in,
      String start,
      Map<String, String> exits) {}

  /** Each widget that is a node, with the node's id. */
  public Map<String, String> nodes = new LinkedHashMap<>();

  public List<Part> parts = new ArrayList<>();

  /** The description: the line's name, then this map. */
  String description(String name) {
    try {
      return name + MARK + JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The map in a description, or null when it has none (or not one this import can read). */
  static StudioLineMap read(String description) {
    int at = description == null ? -1 : description.indexOf(MARK);
    if (at < 0) {
      return null;
    }
    try {
      return JSON.readValue(description.substring(at + MARK.length()), StudioLineMap.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The name in a description: all of it, or what comes before the map. */
  static String nameOf(String description) {
    int at = description == null ? -1 : description.indexOf(MARK);
    return at < 0 ? description : description.substring(0, at);
  }

  Part part(String prefix) {
    return parts.stream().filter(p -> p.prefix().equals(prefix)).findFirst().orElse(null);
  }
}
