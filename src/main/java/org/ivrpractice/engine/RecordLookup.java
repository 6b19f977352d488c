package org.ivrpractice.engine;

import java.util.List;
import java.util.Map;
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

  /**
   * The variable names a lookup writes ({@code account.points} for {@code as: account} and the
   * field {@code points}), made once: a record has a dozen or more fields, copied on every lookup.
   */
  private static final Map<String, Map<String, String>> NAMES = new ConcurrentHashMap<>();

  private RecordLookup() {}

  /**
   * What a lookup asks of the records calls saved: the table, field and value, when some {@code
   * save} node of the call's flows saves to its table and the value is not sensitive (a card number
   * is never a saved record's key); else null, and the practice data alone answers.
   */
  static RecordRequest savedRecordRequest(CallProgress call, Node.Lookup node) {
    String value = call.variables.get(node.variable());
    if (value == null || call.digests.containsKey(node.variable())) {
      return null;
    }
    if (!SavedTables.of(call.topFlow).contains(node.table())) {
      return null;
    }
    return new RecordRequest(node.table(), node.field(), value);
  }

  /** Hands a saved record's fields to the call's variables; true (it was found). */
  static boolean copySaved(CallProgress call, Node.Lookup node, Map<String, String> record) {
    copy(call, node, record, false);
    return true;
  }

  /** Looks the record up in the current flow's data; true when it was found. */
  static boolean find(CallProgress call, Node.Lookup node) {
    String value = call.variables.get(node.variable());
    if (value == null) {
      return false;
    }
    String digest = call.digests.get(node.variable());
    List<Map<String, String>> records =
        call.flow().data().tables().getOrDefault(node.table(), List.of());
    for (Map<String, String> record : records) {
      String field = record.get(node.field());
      if (field != null && matches(field, value, digest)) {
        copy(call, node, record, digest != null);
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String field, String value, String digest) {
    return digest != null ? fieldDigest(field).equals(digest) : field.equals(value);
  }

  private static String fieldDigest(String field) {
    String digest = FIELD_DIGESTS.get(field);
    return digest != null ? digest : FIELD_DIGESTS.computeIfAbsent(field, SensitiveDigits::digest);
  }

  private static void copy(
      CallProgress call, Node.Lookup node, Map<String, String> record, boolean sensitive) {
    // get before computeIfAbsent: the latter locks a bin of the map even when the key is there
    Map<String, String> names = NAMES.get(node.as());
    if (names == null) {
      names = NAMES.computeIfAbsent(node.as(), as -> new ConcurrentHashMap<>());
    }
    Map<String, String> namesOfAs = names;
    call.clearPrefix(node.as() + ".");
    call.reserveVariables(record.size());
    record.forEach(
        (key, fieldValue) -> {
          String name = namesOfAs.get(key);
          if (name == null) {
            name = namesOfAs.computeIfAbsent(key, k -> node.as() + "." + k);
          }
          if (sensitive && key.equals(node.field())) {
            call.setSensitive(name, fieldValue, fieldDigest(fieldValue));
          } else {
            call.set(name, fieldValue);
          }
        });
  }
}
