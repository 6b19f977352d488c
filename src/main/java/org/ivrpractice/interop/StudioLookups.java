package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ivrpractice.interop.JsonTree.JArray;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.JsonTree.JValue;
import org.ivrpractice.interop.Liquid.Variable;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * {@code run-function} and {@code make-http-request} as lookups: offline, the function's answer
 * comes from a practice-data table the import writes beside the flow, one record per way the flow
 * goes on after it, matched by the value the widget passes (a gather's digits) and with the fields
 * the flow reads ({@code widgets.f.parsed.x}) for the user to fill in.
 */
final class StudioLookups {

  private final StudioContext context;

  StudioLookups(StudioContext context) {
    this.context = context;
  }

  void convert(Widget w) {
    String[] match = match(w);
    if (match == null) {
      context.problem(
          w,
          w.properties().at("parameters"),
          w.describe()
              + " passes nothing the caller gave, so the practice data cannot tell"
              + " one call from another",
          "add a parameter such as { \"key\": \"digits\", \"value\":"
              + " \"{{widgets.gather.Digits}}\" }");
      return;
    }
    String table = StudioVariables.recordOf(w);
    context.tables.put(table, rows(w, match));
    String failed = w.type().equals("run-function") ? "fail" : "failed";
    context.out.node(
        w.id(),
        StudioGathers.origin(w)
            + " Offline, its answer comes from table '"
            + table
            + "' of the practice data.",
        List.of(
            "type: lookup",
            "table: " + table,
            "match: { " + match[0] + ": " + match[1] + " }",
            "as: " + table,
            "found: " + context.target(w, "success"),
            "notFound: " + context.target(w, failed)));
  }

  /** The record field and the variable a lookup matches by: the first parameter from a caller. */
  private String[] match(Widget w) {
    for (JNode p : w.properties().array("parameters")) {
      if (p instanceof JObject o && o.text("key") != null && Liquid.has(o.text("value"))) {
        Liquid.Value v =
            Liquid.value(o.text("value"), new StudioVariables(context)::resolve, m -> {});
        if (v instanceof Variable var) {
          return new String[] {StudioVariables.variableName(o.text("key")), var.path()};
        }
      }
    }
    return null;
  }

  /** One record per branch a split on the function's answer takes, else one record. */
  private List<Map<String, String>> rows(Widget w, String[] match) {
    Set<String> fields = fieldsUsed(w);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Widget split : context.studio.widgets().values()) {
      if (!split.type().equals("split-based-on")
          || !String.valueOf(split.property("input"))
              .contains("widgets." + w.name() + ".parsed.")) {
        continue;
      }
      String field = fieldOf(split.property("input"), w.name());
      for (Transition t : split.transitions()) {
        for (JNode c : t.conditions()) {
          String value = c instanceof JObject o ? meeting(o) : null;
          if (value != null && field != null) {
            rows.add(row(match, fields, rows.size(), Map.of(field, value)));
          }
        }
      }
      if (field != null && split.next("noMatch") != null) {
        rows.add(row(match, fields, rows.size(), Map.of(field, "(none of these)")));
      }
    }
    if (rows.isEmpty()) {
      rows.add(row(match, fields, 0, Map.of()));
    }
    return rows;
  }

  /** A value that meets the condition, for a record that takes its branch. */
  private static String meeting(JObject condition) {
    String value = String.valueOf(condition.text("value")).strip();
    try {
      return switch (String.valueOf(condition.text("type"))) {
        case "equal_to" -> value;
        case "matches_any_of" -> value.split(",")[0].strip();
        case "greater_than" -> String.valueOf(Long.parseLong(value) + 1);
        case "less_than" -> String.valueOf(Long.parseLong(value) - 1);
        default -> null;
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Map<String, String> row(
      String[] match, Set<String> fields, int index, Map<String, String> given) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(match[0], sample(match[1], index));
    for (String f : fields) {
      row.put(f, given.getOrDefault(f, "(fill in " + f + ")"));
    }
    return row;
  }

  /**
   * A practice value for the variable: as many digits as its collect takes, one per record, from 2s
   * up (the explorer enters 1s as a value no record has, to reach the failure branch).
   */
  private String sample(String variable, int index) {
    int length = 4;
    for (var e : context.collects.entrySet()) {
      if (StudioVariables.digitsOf(context.widget(e.getKey())).equals(variable)) {
        length = e.getValue();
      }
    }
    return String.valueOf((index % 8) + 2).repeat(Math.max(1, length));
  }

  private static final Pattern PARSED = Pattern.compile("widgets\\.([^.}|]+?)\\.parsed\\.(\\w+)");

  /** The first-level fields of the function's answer that the flow reads anywhere. */
  private Set<String> fieldsUsed(Widget w) {
    Set<String> out = new LinkedHashSet<>();
    for (Widget any : context.studio.widgets().values()) {
      strings(any.properties(), s -> addFields(s, w.name(), out));
    }
    return out;
  }

  private static void addFields(String text, String name, Set<String> out) {
    Matcher m = PARSED.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        out.add(StudioVariables.variableName(m.group(2)));
      }
    }
  }

  private static String fieldOf(String input, String name) {
    Set<String> fields = new LinkedHashSet<>();
    addFields(input, name, fields);
    return fields.isEmpty() ? null : fields.iterator().next();
  }

  private static void strings(JNode node, java.util.function.Consumer<String> sink) {
    if (node instanceof JValue v && v.text() != null) {
      sink.accept(v.text());
    } else if (node instanceof JObject o) {
      o.members().values().forEach(n -> strings(n, sink));
    } else if (node instanceof JArray a) {
      a.items().forEach(n -> strings(n, sink));
    }
  }
}
