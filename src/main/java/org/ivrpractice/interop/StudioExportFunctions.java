package org.ivrpractice.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/**
 * A lookup, a reference number and a saved case as {@code run-function} widgets calling {@link
 * StudioFunctions}, each answer copied into flow variables by a set-variables after it, so that
 * every inlined copy of a sub-flow leaves its record where the line reads it.
 */
final class StudioExportFunctions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StudioStates states;
  private final Map<String, String> variables;

  StudioExportFunctions(StudioStates states, Map<String, String> variables) {
    this.states = states;
    this.variables = variables;
  }

  /** Says where the variables lookups and reference numbers set are, before any text reads one. */
  static void declare(Flow line, Map<String, String> variables) {
    for (Flow f : line.allFlows()) {
      for (Node n : f.nodes().values()) {
        if (n instanceof Node.Lookup l) {
          for (String field : fields(f, l.table())) {
            String path = l.as() + "." + field;
            variables.put(path, "flow.variables." + StudioFunctions.key(path));
          }
        } else if (n instanceof Node.Reference r) {
          variables.put(r.into(), "flow.variables." + r.into());
        }
      }
    }
  }

  /** Every field the table's records have, dotted. */
  static Set<String> fields(Flow flow, String table) {
    Set<String> out = new LinkedHashSet<>();
    flow.data().tables().getOrDefault(table, List.of()).forEach(r -> out.addAll(r.keySet()));
    return out;
  }

  void lookup(String name, Flow flow, Node.Lookup n, String match, Function<String, String> to) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, String> row : flow.data().tables().getOrDefault(n.table(), List.of())) {
      Map<String, Object> keyed = new LinkedHashMap<>();
      row.forEach((k, v) -> keyed.put(StudioFunctions.key(k), v));
      rows.add(keyed);
    }
    List<Map<String, Object>> answer = new ArrayList<>();
    for (String field : fields(flow, n.table())) {
      String key = StudioFunctions.key(field);
      answer.add(
          StudioFunctions.parameter(
              StudioFunctions.key(n.as() + "." + field),
              "{{widgets." + name + ".parsed." + key + "}}"));
    }
    function(
        name,
        StudioFunctions.LOOKUP,
        List.of(
            StudioFunctions.parameter(StudioFunctions.TABLE, n.table()),
            StudioFunctions.parameter(n.field(), "{{" + match + "}}"),
            StudioFunctions.parameter(StudioFunctions.RECORDS, json(rows))),
        answered(name, answer, to.apply(n.found())),
        to.apply(n.notFound()));
  }

  void reference(String name, Node.Reference n, Function<String, String> to) {
    String next = to.apply(n.next());
    Map<String, Object> copy =
        StudioFunctions.parameter(n.into(), "{{widgets." + name + ".parsed.reference}}");
    function(
        name,
        StudioFunctions.REFERENCE,
        List.of(StudioFunctions.parameter(StudioFunctions.LENGTH, String.valueOf(n.length()))),
        answered(name, List.of(copy), next),
        next);
  }

  void save(String name, Node.Save n, Map<String, String> record, Function<String, String> to) {
    List<Map<String, Object>> parameters = new ArrayList<>();
    parameters.add(StudioFunctions.parameter(StudioFunctions.TABLE, n.table()));
    parameters.add(StudioFunctions.parameter(StudioFunctions.KEY, n.key()));
    record.forEach(
        (field, value) ->
            parameters.add(StudioFunctions.parameter(StudioFunctions.FIELD + field, value)));
    String next = to.apply(n.next());
    function(name, StudioFunctions.SAVE, parameters, next, next);
  }

  /** The set-variables that copies a function's answer into flow variables. */
  private String answered(String name, List<Map<String, Object>> copies, String next) {
    String setter = name + "__answer";
    states
        .add(setter, "set-variables", List.of(StudioStates.on("next", next)))
        .put("variables", copies);
    return setter;
  }

  private void function(
      String name,
      String function,
      List<Map<String, Object>> parameters,
      String success,
      String fail) {
    Map<String, Object> p =
        states.add(
            name,
            "run-function",
            List.of(StudioStates.on("success", success), StudioStates.on("fail", fail)));
    p.put("url", StudioFunctions.URL + function);
    p.put("parameters", parameters);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
