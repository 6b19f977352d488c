package org.ivrpractice.session;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.ivrpractice.engine.RecordRequest;
import org.ivrpractice.engine.SavedRecord;

/**
 * Saved cases in this process's memory, each for the cases' time-to-live, at most {@code max} of
 * them (past it, the one that expires first is forgotten: cases are not calls in progress).
 */
public final class InMemoryCaseStore implements CaseStore {

  private record Entry(Map<String, String> fields, long expiresAtNanos) {}

  private final Map<String, Entry> cases = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final int max;
  private final LongSupplier nanoClock;

  public InMemoryCaseStore(Duration ttl, int max, LongSupplier nanoClock) {
    this.ttlNanos = ttl.toNanos();
    this.max = Math.max(1, max);
    this.nanoClock = nanoClock;
  }

  @Override
  public Uni<Void> save(SavedRecord record) {
    if (record.key() == null) {
      return Uni.createFrom().voidItem();
    }
    long now = nanoClock.getAsLong();
    if (cases.size() >= max) {
      cases.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
      forgetSoonestToExpire();
    }
    cases.put(
        CaseStore.key(record.table(), record.keyField(), record.key()),
        new Entry(record.fields(), now + ttlNanos));
    return Uni.createFrom().voidItem();
  }

  @Override
  public Uni<Optional<Map<String, String>>> find(RecordRequest request) {
    String key = CaseStore.key(request.table(), request.field(), request.value());
    Entry entry = cases.get(key);
    if (entry == null) {
      return Uni.createFrom().item(Optional.empty());
    }
    if (nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
      cases.remove(key, entry);
      return Uni.createFrom().item(Optional.empty());
    }
    return Uni.createFrom().item(Optional.of(entry.fields()));
  }

  private void forgetSoonestToExpire() {
    while (cases.size() >= max) {
      String soonest = null;
      long at = Long.MAX_VALUE;
      for (Iterator<Map.Entry<String, Entry>> it = cases.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Entry> e = it.next();
        if (e.getValue().expiresAtNanos() < at) {
          at = e.getValue().expiresAtNanos();
          soonest = e.getKey();
        }
      }
      if (soonest == null) {
        return;
      }
      cases.remove(soonest);
    }
  }
}
