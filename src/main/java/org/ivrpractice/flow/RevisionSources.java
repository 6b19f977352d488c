package org.ivrpractice.flow;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the sources of the revisions calls are pinned to are kept for every instance of the server,
 * by revision id: an instance that has reloaded its flows (or not yet) finds there the revision a
 * call started on elsewhere. The call store provides it (Redis keeps the sources as long as a call
 * may use them); one server alone needs none of it.
 */
public interface RevisionSources {

  /** No other instance: nothing is kept, nothing is found. */
  RevisionSources NONE =
      new RevisionSources() {
        @Override
        public CompletionStage<Void> keep(String revision, Map<String, String> sources) {
          return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Optional<Map<String, String>>> find(String revision) {
          return CompletableFuture.completedFuture(Optional.empty());
        }
      };

  /** Keeps (or keeps longer) a revision's sources: file name to text. */
  CompletionStage<Void> keep(String revision, Map<String, String> sources);

  /** The sources of a revision, if they are still kept. */
  CompletionStage<Optional<Map<String, String>>> find(String revision);
}
