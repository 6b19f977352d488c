package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.interop.ConnectFlow.Action;
import org.ivrpractice.interop.ConnectFlow.Condition;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.JsonTree.JValue;
import org.ivrpractice.interop.Liquid.Variable;

/** The Amazon Connect actions, each written as the node it becomes. */
final class ConnectActions {

  static final List<String> SUPPORTED =
      List.of(
          "MessageParticipant",
          "GetParticipantInput",
          "Compare",
          "UpdateContactAttributes",
          "UpdateContactTargetQueue",
          "TransferContactToQueue",
          "CheckHoursOfOperation",
          "InvokeLambdaFunction",
          "DisconnectParticipant");

  private final ConnectContext context;

  ConnectActions(ConnectContext context) {
    this.context = context;
  }

  void convert(Action a) {
    switch (a.type()) {
      case "MessageParticipant" -> message(a);
      case "GetParticipantInput" -> new ConnectInput(context, a).write();
      case "Compare" -> compare(a);
      case "UpdateContactAttributes" -> computedAttributes(a);
      case "UpdateContactTargetQueue" -> {
        if (ConnectImporter.isTransfer(context, a)) {
          transfer(a, context.queues.get(a.identifier()));
        }
      }
      case "TransferContactToQueue" -> transferHere(a);
      case "CheckHoursOfOperation" -> hours(a);
      case "InvokeLambdaFunction" -> lambda(a);
      case "DisconnectParticipant" ->
          context.out.node(a.id(), context.origin(a), List.of("type: hangup"));
      default ->
          context.problem(
              a,
              a.at(),
              a.describe() + " has no counterpart in a phone flow the import can write",
              "replace it, or remove it before importing; the import converts "
                  + String.join(", ", SUPPORTED));
    }
  }

  private void message(Action a) {
    String prompt = context.prompt(a);
    List<String> lines = new ArrayList<>();
    lines.add(a.next() == null ? "type: hangup" : "type: say");
    lines.add("prompt: " + FlowYaml.quote(prompt == null ? "" : prompt));
    if (a.next() != null) {
      lines.add("next: " + context.target(a, a.next(), null));
    }
    context.out.node(a.id(), context.origin(a), lines);
  }

  private void computedAttributes(Action a) {
    ConnectImporter.textAttributes(a)
        .forEach(
            (k, value) -> {
              if (ConnectImporter.computed(value)) {
                context.problem(
                    a,
                    value.at(),
                    a.describe()
                        + " sets '"
                        + k
                        + "' to "
                        + value.text()
                        + ": a flow keeps only fixed"
                        + " values set by menu options",
                    "read the value itself where it is needed ($.StoredCustomerInput, $.External.x)");
              }
            });
  }

  private void transfer(Action a, String queue) {
    context.out.queue(queue, queue);
    context.out.node(a.id(), context.origin(a), List.of("type: transfer", "queue: " + queue));
  }

  private void transferHere(Action a) {
    Set<String> queues = ConnectImporter.queuesBefore(context, a);
    if (queues.size() > 1) {
      context.problem(
          a,
          a.at(),
          a.describe()
              + " is reached with several working queues ("
              + String.join(", ", queues)
              + ")",
          "put each Set working queue right before its own Transfer to queue");
      return;
    }
    transfer(a, queues.isEmpty() ? "BasicQueue" : queues.iterator().next());
  }

  /** A comparison of a contact attribute, stored input or Lambda answer: a branch. */
  private void compare(Action a) {
    Liquid.Value value = context.text().variable(a.parameter("ComparisonValue"));
    if (!(value instanceof Variable v)) {
      context.problem(
          a,
          a.parameters().at("ComparisonValue"),
          a.describe()
              + " compares "
              + a.parameter("ComparisonValue")
              + ", which the import"
              + " cannot turn into a variable",
          "compare $.StoredCustomerInput, $.External.x or $.Attributes.x");
      return;
    }
    List<String> lines = new ArrayList<>(List.of("type: branch", "when:"));
    for (Condition c : a.conditions()) {
      String condition = condition(a, c, v.path());
      if (condition != null) {
        lines.add(
            "  - { if: "
                + FlowYaml.quote(condition)
                + ", goto: "
                + context.target(a, c.next(), null)
                + " }");
      }
    }
    String otherwise = a.errors().getOrDefault("NoMatchingCondition", a.next());
    lines.add("else: " + context.target(a, otherwise, null));
    context.out.node(a.id(), context.origin(a), lines);
  }

  private String condition(Action a, Condition c, String path) {
    String operand = c.operands().isEmpty() ? "" : String.valueOf(c.operands().get(0));
    String op =
        switch (String.valueOf(c.operator())) {
          case "Equals" -> "==";
          case "NumberGreaterThan" -> ">";
          case "NumberLessThan" -> "<";
          case "NumberGreaterOrEqualTo" -> ">=";
          case "NumberLessOrEqualTo" -> "<=";
          default -> null;
        };
    boolean number = !"==".equals(op);
    if (op == null || operand.contains("\"") || (number && !operand.matches("-?\\d+(\\.\\d+)?"))) {
      context.problem(
          a,
          c.at(),
          a.describe()
              + " has a condition '"
              + c.operator()
              + " "
              + operand
              + "' the import"
              + " cannot write",
          "use Equals, or a number comparison with a number");
      return null;
    }
    return path + " " + op + " " + (number ? operand : "\"" + operand + "\"");
  }

  /**
   * Hours of operation: offline there is no clock to ask, so a practice menu lets the scenario (or
   * the person practising) say whether the line is open.
   */
  private void hours(Action a) {
    String open = null;
    String closed = null;
    for (Condition c : a.conditions()) {
      String operand = c.operands().isEmpty() ? "" : String.valueOf(c.operands().get(0));
      if (operand.equalsIgnoreCase("True")) {
        open = context.target(a, c.next(), null);
      } else if (operand.equalsIgnoreCase("False")) {
        closed = context.target(a, c.next(), null);
      }
    }
    String error = context.target(a, a.errors().getOrDefault("NoMatchingError", a.next()), null);
    context.out.node(
        a.id(),
        context.origin(a) + " Offline, the scenario says whether the line is open.",
        List.of(
            "type: menu",
            "prompt: \"(Practice: are we within the hours of operation? If open, press 1. If"
                + " closed, press 2.)\"",
            "options:",
            "  - { digit: \"1\", label: \"open\", goto: " + (open == null ? error : open) + " }",
            "  - { digit: \"2\", label: \"closed\", goto: "
                + (closed == null ? error : closed)
                + " }",
            "retries: 0",
            "fallback: " + error));
  }

  private void lambda(Action a) {
    JObject attributes = a.parameters().object("LambdaInvocationAttributes");
    String[] match = null;
    if (attributes != null) {
      for (var e : attributes.members().entrySet()) {
        if (e.getValue() instanceof JValue v
            && context.text().variable(v.text()) instanceof Variable var) {
          match = new String[] {StudioVariables.variableName(e.getKey()), var.path()};
          break;
        }
      }
    }
    if (match == null) {
      context.problem(
          a,
          a.parameters().at("LambdaInvocationAttributes"),
          a.describe()
              + " passes nothing the caller gave, so the practice data cannot tell one"
              + " call from another",
          "add an invocation attribute such as \"order\": \"$.StoredCustomerInput\"");
      return;
    }
    String table = StudioVariables.variableName(a.id());
    context.tables.put(table, rows(a, match));
    context.out.node(
        a.id(),
        context.origin(a) + " Offline, its answer comes from table '" + table + "'.",
        List.of(
            "type: lookup",
            "table: " + table,
            "match: { " + match[0] + ": " + match[1] + " }",
            "as: " + ConnectText.EXTERNAL,
            "found: " + context.target(a, a.next(), null),
            "notFound: "
                + context.target(a, a.errors().getOrDefault("NoMatchingError", null), null)));
  }

  private static Map<String, String> row(
      String key, int index, int length, String field, String value) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(key, String.valueOf(index % 8 + 2).repeat(length)); // 1s: the explorer's miss
    row.put(field, value);
    return row;
  }

  /** A value of the Lambda's answer that meets the condition, for a record taking its branch. */
  private static String meeting(Condition c) {
    String operand = String.valueOf(c.operands().get(0));
    try {
      return switch (String.valueOf(c.operator())) {
        case "Equals" -> operand;
        case "NumberGreaterThan" -> String.valueOf(Long.parseLong(operand) + 1);
        case "NumberLessThan" -> String.valueOf(Long.parseLong(operand) - 1);
        case "NumberGreaterOrEqualTo", "NumberLessOrEqualTo" -> operand;
        default -> null;
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** One record per Equals condition on the Lambda's answer ($.External.x), else one record. */
  private List<Map<String, String>> rows(Action lambda, String[] match) {
    List<Map<String, String>> rows = new ArrayList<>();
    int length = context.storedLength == 0 ? 4 : context.storedLength;
    for (Action a : context.flow.actions().values()) {
      String compared = String.valueOf(a.parameter("ComparisonValue"));
      if (a.type().equals("Compare") && compared.startsWith("$.External.")) {
        String field = StudioVariables.variableName(compared.substring("$.External.".length()));
        for (Condition c : a.conditions()) {
          String value = c.operands().isEmpty() ? null : meeting(c);
          if (value != null) {
            rows.add(row(match[0], rows.size(), length, field, value));
          }
        }
        rows.add(row(match[0], rows.size(), length, field, "(none of these)"));
      }
    }
    if (rows.isEmpty()) {
      rows.add(new LinkedHashMap<>(Map.of(match[0], "2".repeat(length))));
    }
    return rows;
  }
}
