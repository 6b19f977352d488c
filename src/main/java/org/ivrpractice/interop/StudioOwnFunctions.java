package org.ivrpractice.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * The run-function widgets that call {@link StudioFunctions} (as {@code export studio} writes
 * them), read back as what they stand for: a lookup in the practice rows they pass, a reference
 * number, a saved case. The set-variables after each one, which copies its answer into flow
 * variables, is the variables the node sets.
 */
final class StudioOwnFunctions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StudioContext context;

  StudioOwnFunctions(StudioContext context) {
    this.context = context;
  }

  /** Before anything is converted: which flow variables hold a function's answer, and as what. */
  static void plan(StudioContext context) {
    for (Widget w : context.studio.widgets().values()) {
      String function = w.type().equals("run-function") ? function(w) : null;
      Widget copy = function == null ? null : context.widget(w.next("success"));
      if (copy == null || !copy.type().equals("set-variables")) {
        continue;
      }
      for (JObject item : StudioVariables.computed(copy)) {
        String key = item.text("key");
        context.answers.put(
            key, function.equals(StudioFunctions.REFERENCE) ? key : StudioFunctions.path(key));
      }
    }
  }

  static String function(Widget w) {
    return StudioFunctions.of(w.property("url"));
  }

  void convert(Widget w) {
    switch (function(w)) {
      case StudioFunctions.LOOKUP -> lookup(w);
      case StudioFunctions.REFERENCE -> reference(w);
      case StudioFunctions.SAVE -> save(w);
      default -> {} // a collect's check: part of the collect
    }
  }

  /** The check, length and sensitivity an {@code ivr-check} gives the collect before it. */
  static List<String> checkOf(Widget check) {
    Map<String, String> p = parameters(check);
    List<String> lines = new ArrayList<>();
    String[] length = p.getOrDefault(StudioFunctions.LENGTH, "").split("-");
    if (length.length == 2) {
      lines.add(
          "length: " + (length[0].equals(length[1]) ? length[0] : FlowYaml.quote(p.get("length"))));
    }
    String kind = p.getOrDefault(StudioFunctions.CHECK_KIND, "none");
    if (!kind.equals("none")) {
      lines.add("check: " + kind);
    }
    if (Boolean.parseBoolean(p.get(StudioFunctions.SENSITIVE))) {
      lines.add("sensitive: true");
    }
    return lines;
  }

  private void lookup(Widget w) {
    Map<String, String> p = parameters(w);
    String table = p.get(StudioFunctions.TABLE);
    String[] match = match(p);
    if (table == null || match == null) {
      missing(w, "a 'table' and a parameter with what the caller gave ({{widgets.x.Digits}})");
      return;
    }
    String field = match[0];
    String variable = match[1];
    context.tables.put(table, rows(w, p.get(StudioFunctions.RECORDS)));
    context.out.node(
        w.id(),
        StudioGathers.origin(w)
            + " It calls "
            + StudioFunctions.LOOKUP
            + " on table '"
            + table
            + "'.",
        List.of(
            "type: lookup",
            "table: " + table,
            "match: { " + field + ": " + variable + " }",
            "as: " + as(w, table),
            "found: " + context.target(w, "success"),
            "notFound: " + context.target(w, "fail")));
  }

  /** The parameter that passes a variable of ours, and the variable: what the lookup matches by. */
  private String[] match(Map<String, String> parameters) {
    for (var e : parameters.entrySet()) {
      if (Liquid.has(e.getValue())) {
        Liquid.Value v = Liquid.value(e.getValue(), new StudioVariables(context)::resolve, m -> {});
        if (v instanceof Liquid.Variable var) {
          return new String[] {e.getKey(), var.path()};
        }
      }
    }
    return null;
  }

  private void missing(Widget w, String what) {
    context.problem(
        w,
        w.properties().at("parameters"),
        w.describe() + " calls " + function(w) + " without " + what,
        "pass the parameters export studio writes (docs/import.md), or call another function");
  }

  /** The prefix the answer is copied under: {@code account} of {@code account__holder}. */
  private String as(Widget w, String table) {
    Widget copy = context.widget(w.next("success"));
    String parsed = "widgets." + w.name() + ".parsed.";
    for (JObject item : copy == null ? List.<JObject>of() : StudioVariables.computed(copy)) {
      String field = item.text("value").replaceAll("[{}\\s]", "");
      String key = item.text("key");
      if (field.startsWith(parsed)) {
        field = field.substring(parsed.length());
        if (key.endsWith("__" + field)) {
          return StudioFunctions.path(key.substring(0, key.length() - field.length() - 2));
        }
      }
    }
    return table;
  }

  private void reference(Widget w) {
    Widget copy = context.widget(w.next("success"));
    List<JObject> copies =
        copy == null || !copy.type().equals("set-variables")
            ? List.of()
            : StudioVariables.computed(copy);
    if (copies.isEmpty() || parameters(w).get(StudioFunctions.LENGTH) == null) {
      missing(w, "a 'length', and a set-variables after it that keeps its reference");
      return;
    }
    String into = copies.get(0).text("key");
    context.out.node(
        w.id(),
        StudioGathers.origin(w) + " It calls " + StudioFunctions.REFERENCE + ".",
        List.of(
            "type: reference",
            "into: " + into,
            "length: " + parameters(w).get(StudioFunctions.LENGTH),
            "next: " + context.target(w, "success")));
  }

  private void save(Widget w) {
    Map<String, String> p = parameters(w);
    if (p.get(StudioFunctions.TABLE) == null || p.get(StudioFunctions.KEY) == null) {
      missing(w, "a 'table' and a 'key'");
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("type: save");
    lines.add("table: " + p.get(StudioFunctions.TABLE));
    lines.add("key: " + p.get(StudioFunctions.KEY));
    lines.add("record:");
    p.forEach(
        (k, v) -> {
          if (k.startsWith(StudioFunctions.FIELD)) {
            String field = k.substring(StudioFunctions.FIELD.length());
            lines.add("  " + field + ": " + FlowYaml.quote(template(w, v)));
          }
        });
    lines.add("next: " + context.target(w, "success"));
    context.out.node(
        w.id(), StudioGathers.origin(w) + " It calls " + StudioFunctions.SAVE + ".", lines);
  }

  private String template(Widget w, String value) {
    return Liquid.template(
        value,
        new StudioVariables(context)::resolve,
        m ->
            context.problem(
                w,
                w.properties().at("parameters"),
                w.describe() + " " + m,
                "pass variables the flow sets ({{flow.variables.k}}, {{widgets.x.Digits}})"));
  }

  private static Map<String, String> parameters(Widget w) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JNode item : w.properties().array("parameters")) {
      if (item instanceof JObject o && o.text("key") != null) {
        out.put(o.text("key"), o.text("value") == null ? "" : o.text("value"));
      }
    }
    return out;
  }

  private List<Map<String, String>> rows(Widget w, String records) {
    List<Map<String, String>> out = new ArrayList<>();
    try {
      List<Map<String, String>> read =
          JSON.readValue(records == null ? "[]" : records, new TypeReference<>() {});
      for (Map<String, String> row : read) {
        Map<String, String> dotted = new LinkedHashMap<>();
        row.forEach((k, v) -> dotted.put(StudioFunctions.path(k), v));
        out.add(dotted);
      }
    } catch (JsonProcessingException e) {
      context.problem(
          w,
          w.properties().at("parameters"),
          w.describe() + " passes records that are not a JSON list of flat objects",
          "pass the practice rows as export studio writes them");
    }
    return out;
  }
}
