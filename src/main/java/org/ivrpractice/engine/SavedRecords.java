package org.ivrpractice.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Saved records a synchronous caller of the engine keeps itself (the scenario runner, the explorer,
 * the terminal): the engine saves to them and answers its lookups from them within one step. The
 * channels that keep records in a store of their own (Redis) use {@link Engine#pausing()} instead.
 */
public interface SavedRecords {

  /** No saved records: saves are dropped and lookups read the practice data only. */
  SavedRecords NONE =
      new SavedRecords() {
        @Override
        public Optional<Map<String, String>> find(RecordRequest request) {
          return Optional.empty();
        }

        @Override
        public void save(SavedRecord record) {}
      };

  /** The saved record a lookup asks for, if there is one. */
  Optional<Map<String, String>> find(RecordRequest request);

  /** Keeps a record a call saved. */
  void save(SavedRecord record);

  /** Records kept in this process's memory, found by their table, key field and key. */
  static SavedRecords inMemory() {
    Map<RecordRequest, Map<String, String>> kept = new ConcurrentHashMap<>();
    return new SavedRecords() {
      @Override
      public Optional<Map<String, String>> find(RecordRequest request) {
        return Optional.ofNullable(kept.get(request));
      }

      @Override
      public void save(SavedRecord record) {
        if (record.key() != null) {
          kept.put(record.foundBy(record.key()), record.fields());
        }
      }
    };
  }
}
