package org.ivrpractice.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ivrpractice.flow.Node;

/**
 * Finds the practice-data record a {@code lookup} node asks for and hands its fields to the call's
 * variables. A sensitive variable is compared by digest, and the record's matching field is kept
 * masked, so the digits never reach the call's state in clear.
 */
final class RecordLookup {

  private RecordLookup() {}

  /** Looks the record up in the current flow's data; true when it was found. */
  static boolean find(CallProgress call, Node.Lookup node) {
    String value = call.variables.get(node.variable());
    if (value == null) {
      return false;
    }
    String digest = call.digests.get(node.variable());
    List<Map<String, String>> records =
        call.flow().data().tables().getOrDefault(node.table(), List.of());
    Optional<Map<String, String>> found =
        records.stream()
            .filter(r -> r.get(node.field()) != null)
            .filter(r -> matches(r.get(node.field()), value, digest))
            .findFirst();
    found.ifPresent(record -> copy(call, node, record, digest != null));
    return found.isPresent();
  }

  private static boolean matches(String field, String value, String digest) {
    return digest != null ? SensitiveDigits.digest(field).equals(digest) : field.equals(value);
  }

  private static void copy(
      CallProgress call, Node.Lookup node, Map<String, String> record, boolean sensitive) {
    record.forEach(
        (key, fieldValue) -> {
          String name = node.as() + "." + key;
          if (sensitive && key.equals(node.field())) {
            call.setSensitive(name, fieldValue);
          } else {
            call.set(name, fieldValue);
          }
        });
  }
}
