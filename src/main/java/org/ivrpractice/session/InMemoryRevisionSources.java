package org.ivrpractice.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import org.ivrpractice.flow.RevisionSources;

/**
 * Revision sources in this process's memory, each for the calls' time-to-live after it was last
 * kept, at most {@code max} of them (past the bound, the one kept longest ago is forgotten). With
 * one process, the catalog keeps its revisions itself; this is the same contract, for a store
 * shared by catalogs in one process (tests, tools).
 */
public final class InMemoryRevisionSources implements RevisionSources {

  private record Entry(Map<String, String> sources, long expiresAtNanos) {}

  private final LinkedHashMap<String, Entry> kept;
  private final long ttlNanos;
  private final LongSupplier nanoClock;

  public InMemoryRevisionSources(Duration ttl, int max, LongSupplier nanoClock) {
    int bound = Math.max(1, max);
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
    this.kept =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > bound;
          }
        };
  }

  @Override
  public CompletionStage<Void> keep(String revision, Map<String, String> sources) {
    Entry entry = new Entry(Map.copyOf(sources), nanoClock.getAsLong() + ttlNanos);
    synchronized (kept) {
      kept.remove(revision); // kept again: it now expires last
      kept.put(revision, entry);
    }
    return Async.done();
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> find(String revision) {
    Entry entry;
    synchronized (kept) {
      entry = kept.get(revision);
      if (entry != null && nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
        kept.remove(revision);
        entry = null;
      }
    }
    return Async.done(Optional.ofNullable(entry).map(Entry::sources));
  }
}
