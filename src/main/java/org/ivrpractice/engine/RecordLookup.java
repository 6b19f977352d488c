package org.ivrpractice.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ivrpractice.flow.Node;

/**
 * Finds the practice-data record a {@code lookup} node asks for and hands its fields to the call's
 * variables. A sensitive variable is compared by digest, and the record's matching field is kept
 * masked, so the digits never reach the call's state in clear.
 */
final class RecordLookup {

  /**
   * Digests of practice-data fields, computed once: a lookup by a sensitive value compares digests,
   * and hashing every record's field on every lookup was most of a collect turn. Only the flows'
   * own data goes in (a bounded set), never what a caller entered.
   */
  private static final Map<String, String> FIELD_DIGESTS = new ConcurrentHashMap<>();

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
    return digest != null ? fieldDigest(field).equals(digest) : field.equals(value);
  }

  private static String fieldDigest(String field) {
    return FIELD_DIGESTS.computeIfAbsent(field, SensitiveDigits::digest);
  }

  private static void copy(
      CallProgress call, Node.Lookup node, Map<String, String> record, boolean sensitive) {
    record.forEach(
        (key, fieldValue) -> {
          String name = node.as() + "." + key;
          if (sensitive && key.equals(node.field())) {
            call.setSensitive(name, fieldValue, fieldDigest(fieldValue));
          } else {
            call.set(name, fieldValue);
          }
        });
  }
}
