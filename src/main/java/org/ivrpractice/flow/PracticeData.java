package org.ivrpractice.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Practice data that ships beside the flows: tables of records (test card numbers, holders, tiers,
 * points, recent charges). A record's fields are flattened to dotted paths ({@code
 * charges.0.amount}) with their values as text, which is how lookups hand them to a call's
 * variables.
 *
 * @param file the data file's name
 * @param tables each table's records, every record a flat map of path to text
 */
public record PracticeData(String file, Map<String, List<Map<String, String>>> tables) {

  public static final PracticeData NONE = new PracticeData("", Map.of());

  /** The first record of {@code table} whose {@code field} equals {@code value}. */
  public Optional<Map<String, String>> find(String table, String field, String value) {
    return tables.getOrDefault(table, List.of()).stream()
        .filter(record -> value.equals(record.get(field)))
        .findFirst();
  }

  /** Flattens nested maps and lists into dotted paths; a list also gets {@code path.count}. */
  public static Map<String, String> flatten(Map<String, ?> record) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", record, out);
    return out;
  }

  private static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(prefix + k + ".", v, out));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + i + ".", list.get(i), out);
      }
      out.put(prefix + "count", String.valueOf(list.size()));
    } else if (value != null) {
      out.put(prefix.substring(0, prefix.length() - 1), String.valueOf(value));
    }
  }
}
