package org.ivrpractice.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import org.ivrpractice.engine.RecordRequest;
import org.ivrpractice.engine.SavedRecord;

/**
 * Saved cases in this process's memory, each for the cases' time-to-live, at most {@code max} of
 * them. Every case lives equally long, so the case saved first expires first: they are kept in the
 * order they were saved, and past the bound the oldest is forgotten (cases are not calls in
 * progress), in constant time.
 */
public final class InMemoryCaseStore implements CaseStore {

  private record Entry(Map<String, String> fields, long expiresAtNanos) {}

  private final LinkedHashMap<String, Entry> cases;
  private final long ttlNanos;
  private final LongSupplier nanoClock;

  public InMemoryCaseStore(Duration ttl, int max, LongSupplier nanoClock) {
    int bound = Math.max(1, max);
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
    this.cases =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > bound;
          }
        };
  }

  @Override
  public CompletionStage<Void> save(SavedRecord record) {
    if (record.key() != null) {
      String key = CaseStore.key(record.table(), record.keyField(), record.key());
      Entry entry = new Entry(record.fields(), nanoClock.getAsLong() + ttlNanos);
      synchronized (cases) {
        cases.remove(key); // saved again: it now expires last
        cases.put(key, entry);
      }
    }
    return Async.done();
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> find(RecordRequest request) {
    String key = CaseStore.key(request.table(), request.field(), request.value());
    Entry entry;
    synchronized (cases) {
      entry = cases.get(key);
      if (entry != null && nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
        cases.remove(key);
        entry = null;
      }
    }
    return Async.done(Optional.ofNullable(entry).map(Entry::fields));
  }
}
