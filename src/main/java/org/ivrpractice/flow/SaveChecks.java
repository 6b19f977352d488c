package org.ivrpractice.flow;

import java.util.List;
import java.util.Set;

/**
 * The checks of a {@code save} node: its record has fields, its key is one of them, and nothing
 * sensitive goes into it (a card number entered at a sensitive collect, or the card field a lookup
 * matched it with, is never kept in a saved record, not even masked).
 */
final class SaveChecks {

  private SaveChecks() {}

  static void check(Node.Save n, FlowValidator v) {
    if (n.table() != null && !n.table().matches("[A-Za-z][A-Za-z0-9_-]*")) {
      v.problems.add(
          v.at(n.id(), "table"),
          n.id(),
          "'" + n.table() + "' is not a usable table name",
          "use letters, digits, '-' and '_', starting with a letter, as in table: cases");
    }
    if (n.record().isEmpty()) {
      v.problems.add(
          v.at(n.id(), "record"),
          n.id(),
          "the record to save has no fields",
          "write record: { reference: \"{ref}\", kind: replacement card, status: ordered }");
      return;
    }
    if (n.key() != null && !n.record().containsKey(n.key())) {
      v.problems.add(
          v.at(n.id(), "key"),
          n.id(),
          "the key '" + n.key() + "' is not a field of the record",
          Problems.suggestion(n.key(), n.record().keySet(), "its fields"));
    }
    checkNothingSensitive(n, v);
  }

  private static void checkNothingSensitive(Node.Save n, FlowValidator v) {
    Set<String> sensitive = SensitiveVariables.of(List.of(v.flow));
    n.record()
        .forEach(
            (field, template) ->
                template.variables().stream()
                    .filter(var -> sensitive.contains(var.path()))
                    .forEach(
                        var ->
                            v.problems.add(
                                v.at(n.id(), "record." + field),
                                n.id(),
                                "the record's '"
                                    + field
                                    + "' would keep {"
                                    + var.path()
                                    + "}, a sensitive value",
                                "leave it out: a saved record never holds a card number or"
                                    + " code, not even masked")));
  }
}
