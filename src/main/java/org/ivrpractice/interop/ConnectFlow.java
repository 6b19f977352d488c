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
 * An Amazon Connect flow in the flow language ({@code Version} 2019-10-30, {@code StartAction},
 * {@code Actions}, {@code Metadata}) as actions with their transitions and places in the JSON.
 *
 * @param actions by Identifier, in the order of the file
 * @param metadata the {@code Metadata.ActionMetadata} of each action, when there is one
 */
record ConnectFlow(String start, Map<String, Action> actions, Map<String, JObject> metadata) {

  /** One action: its Identifier, node id, type, parameters and where it goes. */
  record Action(
      String identifier,
      String id,
      String type,
      JObject parameters,
      String next,
      List<Condition> conditions,
      Map<String, String> errors,
      Position at) {

    String describe() {
      return "action '" + identifier + "' (" + type + ")";
    }

    String parameter(String key) {
      return parameters.text(key);
    }
  }

  /** A condition of a transition: {@code {Operator, Operands}} and where it goes. */
  record Condition(String next, String operator, List<String> operands, Position at) {}

  static ConnectFlow read(JNode root, Problems problems) {
    if (!(root instanceof JObject top) || !(top.get("Actions") instanceof JsonTree.JArray)) {
      problems.add(
          root.at(),
          null,
          "no 'Actions': this is not an Amazon Connect flow in the flow language",
          "export the flow from the Connect flow designer, or get its Content with"
              + " DescribeContactFlow");
      return null;
    }
    Map<String, Action> actions = new LinkedHashMap<>();
    for (JNode item : top.array("Actions")) {
      Action a = action(item, problems);
      if (a != null && actions.putIfAbsent(a.identifier(), a) != null) {
        problems.add(
            a.at(), a.id(), "a second action has Identifier '" + a.identifier() + "'", null);
      }
    }
    String start = top.text("StartAction");
    if (start == null || !actions.containsKey(start)) {
      problems.add(
          top.at("StartAction"),
          null,
          "'StartAction' names no action (" + start + ")",
          "name the Identifier of the action a caller meets first");
      return null;
    }
    return new ConnectFlow(start, actions, metadata(top));
  }

  /** {@code Metadata.ActionMetadata}: each action's place in the designer, and more. */
  private static Map<String, JObject> metadata(JObject top) {
    Map<String, JObject> metadata = new LinkedHashMap<>();
    JObject meta = top.object("Metadata");
    JObject byAction = meta == null ? null : meta.object("ActionMetadata");
    if (byAction != null) {
      byAction
          .members()
          .forEach(
              (k, v) -> {
                if (v instanceof JObject o) {
                  metadata.put(k, o);
                }
              });
    }
    return metadata;
  }

  private static Action action(JNode item, Problems problems) {
    if (!(item instanceof JObject o) || o.text("Identifier") == null || o.text("Type") == null) {
      problems.add(item.at(), null, "an action without an Identifier or a Type", null);
      return null;
    }
    JObject transitions = o.object("Transitions");
    JObject empty = new JObject(o.at(), Map.of());
    JObject t = transitions == null ? empty : transitions;
    List<Condition> conditions = new ArrayList<>();
    for (JNode c : t.array("Conditions")) {
      if (c instanceof JObject co && co.object("Condition") != null) {
        JObject cond = co.object("Condition");
        List<String> operands = new ArrayList<>();
        cond.array("Operands")
            .forEach(x -> operands.add(x instanceof JsonTree.JValue v ? v.text() : null));
        conditions.add(
            new Condition(co.text("NextAction"), cond.text("Operator"), operands, co.at()));
      }
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (JNode e : t.array("Errors")) {
      if (e instanceof JObject eo && eo.text("ErrorType") != null) {
        errors.put(eo.text("ErrorType"), eo.text("NextAction"));
      }
    }
    JObject params = o.object("Parameters");
    return new Action(
        o.text("Identifier"),
        NodeIds.of(o.text("Identifier")),
        o.text("Type"),
        params == null ? empty : params,
        t.text("NextAction"),
        List.copyOf(conditions),
        errors,
        o.at());
  }
}
