package org.ivrpractice.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of Twilio's Studio flow-definition JSON Schema (https://schemas.twilio.com/studio/
 * draft/2019-09/flow-definition, as the Studio REST API v2 documentation gives it) and of its
 * widget schemas, written out for the export test, with the checks behind Studio's error 81022
 * (unique widget names, transitions to widgets that exist). Each broken rule is one message.
 */
final class StudioDefinitionRules {

  static final Set<String> TOP_KEYS =
      Set.of("description", "$schema", "states", "initial_state", "flags");

  static final Set<String> WIDGET_TYPES =
      Set.of(
          "trigger",
          "say-play",
          "gather-input-on-call",
          "split-based-on",
          "set-variables",
          "connect-call-to",
          "enqueue-call",
          "send-to-flex",
          "record-voicemail",
          "run-subflow",
          "make-http-request",
          "run-function",
          "send-message",
          "send-and-wait-for-reply",
          "make-outgoing-call-v2",
          "capture-payments",
          "add-twiml-redirect",
          "record-call",
          "fork-stream",
          "connect-virtual-agent");

  static final Set<String> CONDITION_TYPES =
      Set.of(
          "equal_to",
          "not_equal_to",
          "matches_any_of",
          "does_not_match_any_of",
          "is_blank",
          "is_not_blank",
          "regex",
          "contains",
          "starts_with",
          "less_than",
          "greater_than",
          "is_before_time",
          "is_after_time",
          "is_before_date",
          "is_after_date");

  private StudioDefinitionRules() {}

  static List<String> broken(String json) throws Exception {
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> out = new ArrayList<>();
    if (!root.isObject()) {
      return List.of("the definition is not an object");
    }
    root.fieldNames()
        .forEachRemaining(
            k -> {
              if (!TOP_KEYS.contains(k)) {
                out.add("unknown top-level key " + k);
              }
            });
    for (String k : List.of("description", "states", "initial_state", "flags")) {
      if (!root.has(k)) {
        out.add("missing " + k);
      }
    }
    if (!root.path("description").isTextual()) {
      out.add("description is not a string");
    }
    if (!root.path("flags").path("allow_concurrent_calls").isBoolean()) {
      out.add("flags.allow_concurrent_calls is not a boolean");
    }
    JsonNode states = root.path("states");
    if (!states.isArray() || states.size() < 1 || states.size() > 1000) {
      out.add("states is not an array of 1 to 1000 widgets");
      return out;
    }
    Set<String> names = new HashSet<>();
    for (JsonNode s : states) {
      if (!names.add(s.path("name").asText())) {
        out.add("two widgets are named " + s.path("name").asText());
      }
    }
    String initial = root.path("initial_state").asText("");
    if (initial.isEmpty() || !names.contains(initial)) {
      out.add("initial_state names no widget: " + initial);
    }
    for (JsonNode s : states) {
      state(s, names, out);
    }
    return out;
  }

  private static void state(JsonNode s, Set<String> names, List<String> out) {
    String name = s.path("name").asText("?");
    for (String k : List.of("name", "type", "transitions", "properties")) {
      if (!s.has(k)) {
        out.add(name + ": missing " + k);
      }
    }
    if (!name.matches("[A-Za-z0-9_]+")) {
      out.add(name + ": a widget name is letters, digits and underscores");
    }
    String type = s.path("type").asText();
    if (!WIDGET_TYPES.contains(type)) {
      out.add(name + ": unknown widget type " + type);
    }
    for (JsonNode t : s.path("transitions")) {
      if (!t.path("event").isTextual()) {
        out.add(name + ": a transition without an event");
      }
      if (t.has("next") && !names.contains(t.path("next").asText())) {
        out.add(name + ": transition to no widget " + t.path("next").asText());
      }
      for (JsonNode c : t.path("conditions")) {
        for (String k : List.of("friendly_name", "arguments", "type", "value")) {
          if (!c.has(k)) {
            out.add(name + ": a condition without " + k);
          }
        }
        if (!CONDITION_TYPES.contains(c.path("type").asText())) {
          out.add(name + ": unknown condition type " + c.path("type").asText());
        }
        if (!c.path("value").isTextual() || !c.path("arguments").isArray()) {
          out.add(name + ": a condition's value is a string and its arguments a list");
        }
      }
    }
    JsonNode p = s.path("properties");
    if (!p.path("offset").path("x").isNumber() || !p.path("offset").path("y").isNumber()) {
      out.add(name + ": properties.offset needs numbers x and y");
    }
    switch (type) {
      case "say-play" -> {
        if (!p.has("say") && !p.has("play") && !p.has("digits")) {
          out.add(name + ": a say-play needs say, play or digits");
        }
      }
      case "gather-input-on-call" -> {
        if (p.has("number_of_digits") && !p.path("number_of_digits").isInt()) {
          out.add(name + ": number_of_digits is an integer");
        }
        if (p.has("timeout") && !p.path("timeout").isInt()) {
          out.add(name + ": timeout is an integer");
        }
      }
      case "split-based-on" -> {
        if (!p.path("input").isTextual()) {
          out.add(name + ": a split needs its input");
        }
      }
      case "set-variables" -> {
        for (JsonNode v : p.path("variables")) {
          if (!v.path("key").isTextual() || !v.path("value").isTextual()) {
            out.add(name + ": a variable needs a key and a value, both strings");
          }
        }
      }
      case "enqueue-call" -> {
        if (!p.has("queue_name") && !p.has("workflow_sid")) {
          out.add(name + ": an enqueue-call needs queue_name or workflow_sid");
        }
      }
      case "run-function" -> {
        if (!p.path("url").isTextual()) {
          out.add(name + ": a run-function needs its url");
        }
        for (JsonNode v : p.path("parameters")) {
          if (!v.path("key").isTextual() || !v.path("value").isTextual()) {
            out.add(name + ": a parameter needs a key and a value, both strings");
          }
        }
      }
      default -> {}
    }
  }
}
