package org.ivrpractice.engine;

import java.util.Map;

/**
 * A record a call saved ({@code save} node): it joins the saved records of {@code table}, found by
 * the value of its {@code keyField}, so that a later call's lookup finds it.
 *
 * @param table the table it joins ({@code cases})
 * @param keyField the field it is found by ({@code reference})
 * @param fields every field's value, the key's included, filled in from the call's variables
 */
public record SavedRecord(String table, String keyField, Map<String, String> fields) {

  public SavedRecord {
    fields = Map.copyOf(fields);
  }

  /** The value it is found by ({@code 58301425}). */
  public String key() {
    return fields.get(keyField);
  }

  /** The lookup that finds it (by this key, or by {@code key} when a keeper files it otherwise). */
  public RecordRequest foundBy(String key) {
    return new RecordRequest(table, keyField, key);
  }
}
