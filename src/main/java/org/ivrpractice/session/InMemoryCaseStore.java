package org.ivrpractice.session;

import java.time.Duration;
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

  private final ExpiringMap<Map<String, String>> cases;

  public InMemoryCaseStore(Duration ttl, int max, LongSupplier nanoClock) {
    this.cases = new ExpiringMap<>(ttl, max, nanoClock);
  }

  @Override
  public CompletionStage<Void> save(SavedRecord record) {
    if (record.key() != null) {
      cases.put(CaseStore.key(record.table(), record.keyField(), record.key()), record.fields());
    }
    return Async.done();
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> find(RecordRequest request) {
    return Async.done(cases.get(CaseStore.key(request.table(), request.field(), request.value())));
  }
}
