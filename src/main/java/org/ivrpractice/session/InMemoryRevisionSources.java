package org.ivrpractice.session;

import java.time.Duration;
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

  private final ExpiringMap<Map<String, String>> kept;

  public InMemoryRevisionSources(Duration ttl, int max, LongSupplier nanoClock) {
    this.kept = new ExpiringMap<>(ttl, max, nanoClock);
  }

  @Override
  public CompletionStage<Void> keep(String revision, Map<String, String> sources) {
    kept.put(revision, Map.copyOf(sources));
    return Async.done();
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> find(String revision) {
    return Async.done(kept.get(revision));
  }
}
