package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;

/**
 * A Twilio Studio flow definition (REST API v2: {@code description}, {@code states}, {@code
 * initial_state}, {@code flags}) as widgets with their transitions, each with its place in the
 * JSON. The old v1 export ({@code InitialState}, widget SIDs) is refused.
 *
 * @param widgets by name, in the order of the file
 */
record StudioFlow(String description, String initialState, Map<String, Widget> widgets) {

  /** One widget (a "state"): its name, node id, type, properties and transitions. */
  record Widget(
      String name,
      String id,
      String type,
      JObject properties,
      List<Transition> transitions,
      Position at) {

    /** The transition for this event, or null. */
    Transition on(String event) {
      return transitions.stream().filter(t -> t.event().equals(event)).findFirst().orElse(null);
    }

    /** The widget this event goes to, or null when it goes nowhere. */
    String next(String event) {
      Transition t = on(event);
      return t == null ? null : t.next();
    }

    String property(String key) {
      return properties.text(key);
    }

    /** {@code [gather_1] (gather-input-on-call)}, for messages */
    String describe() {
      return "widget '" + name + "' (" + type + ")";
    }
  }

  /** A transition: the event, the widget it goes to (null: the call ends), its conditions. */
  record Transition(String event, String next, List<JNode> conditions, Position at) {}

  /** Reads the definition; reports what keeps it from being a v2 flow and returns null then. */
  static StudioFlow read(String file, JNode root, Problems problems) {
    JObject top = definition(root, problems);
    if (top == null) {
      return null;
    }
    Map<String, Widget> widgets = new LinkedHashMap<>();
    for (JNode state : top.array("states")) {
      Widget w = widget(state, problems);
      if (w != null && widgets.putIfAbsent(w.name(), w) != null) {
        problems.add(
            w.at(),
            w.id(),
            "a second widget is named '" + w.name() + "'",
            "give each its own name");
      }
    }
    String initial = top.text("initial_state");
    if (initial == null || !widgets.containsKey(initial)) {
      problems.add(
          top.at("initial_state"),
          null,
          "'initial_state' names no widget (" + initial + ")",
          "name the Trigger widget, as Studio does");
      return null;
    }
    return new StudioFlow(top.text("description"), initial, uniqueIds(widgets));
  }

  /** The v2 definition in the JSON, or null when it is not one (reported). */
  private static JObject definition(JNode root, Problems problems) {
    if (!(root instanceof JObject top)) {
      problems.add(
          root.at(),
          null,
          "a Studio flow definition is a JSON object",
          "export the flow with the Studio REST API v2 (the Flow's 'definition')");
      return null;
    }
    if (top.get("InitialState") != null || top.get("States") != null) {
      problems.add(
          top.at(top.get("InitialState") != null ? "InitialState" : "States"),
          null,
          "this is an old Studio v1 export (InitialState, widget SIDs), which cannot be imported",
          "open the flow in the Studio editor and export it again (Trigger > Export to JSON), or"
              + " fetch its 'definition' with the Studio REST API v2");
      return null;
    }
    if (top.get("definition") instanceof JObject inner) {
      top = inner; // the whole Flow resource, as the REST API returns it
    }
    if (!(top.get("states") instanceof JsonTree.JArray)) {
      problems.add(
          top.at(),
          null,
          "no 'states': this is not a Studio flow definition",
          "give the JSON that Studio's 'Export to JSON' or the v2 Flow's 'definition' gives");
      return null;
    }
    return top;
  }

  private static Widget widget(JNode state, Problems problems) {
    if (!(state instanceof JObject o) || o.text("name") == null || o.text("type") == null) {
      problems.add(
          state.at(), null, "a state without a name or a type", "give it both, as Studio does");
      return null;
    }
    List<Transition> transitions = new ArrayList<>();
    for (JNode t : o.array("transitions")) {
      if (t instanceof JObject to && to.text("event") != null) {
        String next = to.text("next");
        transitions.add(
            new Transition(
                to.text("event"),
                next == null || next.isBlank() ? null : next,
                to.array("conditions"),
                to.at()));
      }
    }
    JObject props = o.object("properties");
    return new Widget(
        o.text("name"),
        NodeIds.of(o.text("name")),
        o.text("type"),
        props == null ? new JObject(o.at(), Map.of()) : props,
        List.copyOf(transitions),
        o.at());
  }

  /** Two names that make one node id get a number each after the first. */
  private static Map<String, Widget> uniqueIds(Map<String, Widget> widgets) {
    Map<String, Widget> out = new LinkedHashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (Widget w : widgets.values()) {
      String id = w.id();
      for (int n = 2; !taken.add(id); n++) {
        id = w.id() + "-" + n;
      }
      out.put(
          w.name(), new Widget(w.name(), id, w.type(), w.properties(), w.transitions(), w.at()));
    }
    return out;
  }
}
