package org.ivrpractice.interop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.interop.ConnectFlow.Action;
import org.ivrpractice.interop.JsonTree.JObject;

/** What one Amazon Connect import knows and collects as it converts actions. */
final class ConnectContext {

  final ConnectFlow flow;
  final Problems problems;
  final FlowYaml out;
  final Map<String, String> fixedAttributes = new HashMap<>();
  final Set<String> optionAttributes = new HashSet<>();

  /** The queue each Set working queue action names, by Identifier. */
  final Map<String, String> queues = new HashMap<>();

  /** The longest a store-input collect takes (0: none says), for sample practice data. */
  int storedLength;

  final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

  ConnectContext(String flowId, ConnectFlow flow, Problems problems) {
    this.flow = flow;
    this.problems = problems;
    this.out = new FlowYaml(flowId);
  }

  Action action(String identifier) {
    return identifier == null ? null : flow.actions().get(identifier);
  }

  ConnectText text() {
    return new ConnectText(fixedAttributes, optionAttributes);
  }

  void problem(Action a, Position at, String message, String fix) {
    problems.add(at, a == null ? null : a.id(), message, fix);
  }

  /**
   * The node a transition goes to: contact attributes set on the way are passed through (their
   * fixed values go into {@code set} when given, a menu option's {@code set:}), as is a Set working
   * queue that does not stand right before its transfer.
   */
  String target(Action from, String next, Map<String, String> set) {
    Set<String> seen = new HashSet<>();
    String name = next;
    while (action(name) != null && seen.add(name)) {
      Action a = action(name);
      if (a.type().equals("UpdateContactAttributes")) {
        if (set != null) {
          set.putAll(ConnectImporter.literals(a));
        }
        name = a.next();
      } else if (a.type().equals("UpdateContactTargetQueue")
          && !ConnectImporter.isTransfer(this, a)) {
        name = a.next();
      } else {
        return a.id();
      }
    }
    if (name != null && action(name) == null) {
      problem(
          from,
          from.at(),
          from.describe() + " goes to '" + name + "', an action the flow does not have",
          "point the transition at one of its actions");
    }
    return cutOff();
  }

  /** Writes (once) the node for a call that Connect ends without a word, and names it. */
  String cutOff() {
    out.node(
        StudioContext.CUT_OFF,
        "Where the flow ends the call without a word (a transition with no action to go to).",
        List.of("type: hangup", "outcome: hung-up"));
    return StudioContext.CUT_OFF;
  }

  /** What the caller hears from an action: its Text, its SSML without tags, or its prompt. */
  String prompt(Action a) {
    String text = a.parameter("Text");
    if (text == null && a.parameter("SSML") != null) {
      text = a.parameter("SSML").replaceAll("<[^>]*>", "").strip();
    }
    if (text != null) {
      String key = a.parameter("Text") != null ? "Text" : "SSML";
      return text()
          .template(
              text,
              m ->
                  problem(
                      a,
                      a.parameters().at(key),
                      a.describe() + " " + m,
                      "use $.StoredCustomerInput, $.External.x, $.Attributes.x or"
                          + " $.CustomerEndpoint.Address only (docs/import.md)"));
    }
    String prompt = a.parameter("PromptId");
    return prompt == null ? null : FlowYaml.recording(prompt);
  }

  /** {@code Amazon Connect action 'x' (Type), at x 10, y 20 in the designer.} */
  String origin(Action a) {
    String comment = "Amazon Connect " + a.describe();
    JObject meta = flow.metadata().get(a.identifier());
    JObject position = meta == null ? null : meta.object("position");
    if (position != null) {
      comment += ", at x " + position.text("x") + ", y " + position.text("y") + " in the designer";
    }
    return comment + ".";
  }
}
