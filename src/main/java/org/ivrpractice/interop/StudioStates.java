package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The states (widgets) of a Studio flow definition being written, in order, with their places. */
final class StudioStates {

  private final List<Map<String, Object>> states = new ArrayList<>();

  /** Adds a widget; its offset puts it in a column under the one before. */
  Map<String, Object> add(String name, String type, List<Map<String, Object>> transitions) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("type", type);
    state.put("transitions", transitions);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("offset", Map.of("x", 0, "y", 200 * states.size()));
    state.put("properties", properties);
    states.add(state);
    return properties;
  }

  List<Map<String, Object>> all() {
    return states;
  }

  /** {@code {"event": e, "next": n}}; no {@code next} when {@code next} is null. */
  static Map<String, Object> on(String event, String next) {
    Map<String, Object> t = new LinkedHashMap<>();
    if (next != null) {
      t.put("next", next);
    }
    t.put("event", event);
    return t;
  }

  /** A {@code match} transition with one condition on {@code input}. */
  static Map<String, Object> match(String next, String input, String type, String value) {
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("friendly_name", "If value " + type + " " + value);
    condition.put("arguments", List.of(input));
    condition.put("type", type);
    condition.put("value", value);
    Map<String, Object> t = on("match", next);
    t.put("conditions", List.of(condition));
    return t;
  }
}
