package org.ivrpractice.session;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.engine.RecordRequest;
import org.ivrpractice.engine.SavedRecord;

/**
 * Where the records calls save (cases) are kept for later calls, in the call store in use (this
 * process's memory, or Redis for every instance), each for {@code ivr.cases.ttl}. A record is found
 * by its table and its key field's value ({@code cases}, {@code reference}, {@code 58301425}); a
 * lookup by another field finds no saved record. Like {@link SessionStore}, every operation is
 * asynchronous and fails with {@link StoreUnavailable} when the store does not answer.
 */
public interface CaseStore {

  /** Keeps a record (replacing one with the same table and key). */
  CompletionStage<Void> save(SavedRecord record);

  /** The record a lookup asks for, if one was saved and has not expired. */
  CompletionStage<Optional<Map<String, String>>> find(RecordRequest request);

  /** The key a record is kept under, after the store's prefix: {@code cases:reference:58301425}. */
  static String key(String table, String field, String value) {
    return table + ":" + field + ":" + value;
  }
}
