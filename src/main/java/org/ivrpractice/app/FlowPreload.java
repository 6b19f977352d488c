package org.ivrpractice.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;

/**
 * Loads the flows on a second thread while Quarkus starts, so that the server's start pays for
 * Quarkus's own start and the flows' first load side by side rather than one after the other (the
 * first load is a quarter of the start on 2 cores: loading and initialising the YAML parser's
 * classes, and parsing in the interpreter).
 *
 * <p>It runs before the configuration exists, so it guesses the folder the way the configuration
 * will most often name it ({@code -Divr.flows.dir}, then {@code IVR_FLOWS_DIR}, then the default);
 * {@link FlowCatalog} takes the result only when it is for the folder the configuration names,
 * written the same way, and loads that folder itself otherwise. A failed preload is not used.
 */
final class FlowPreload {

  private record Preload(Path dir, CompletableFuture<LoadResult> result) {}

  private static volatile Preload pending;

  private FlowPreload() {}

  /** Starts loading the folder the configuration will most likely name. */
  static void start() {
    String dir = System.getProperty("ivr.flows.dir");
    if (dir == null) {
      dir = System.getenv("IVR_FLOWS_DIR");
    }
    start(Path.of(dir == null || dir.isBlank() ? "ivr-flows" : dir.strip()));
  }

  static void start(Path dir) {
    CompletableFuture<LoadResult> result = new CompletableFuture<>();
    Thread loader =
        new Thread(
            () -> {
              try {
                result.complete(FlowLoader.load(List.of(dir)));
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            },
            "flow-preload");
    loader.setDaemon(true);
    pending = new Preload(dir, result);
    loader.start();
  }

  /**
   * The preloaded flows of {@code dir}, waiting for the load to finish; empty when no preload was
   * started for that folder or it failed. The first call takes the preload, whatever its folder: a
   * later start in the same JVM loads afresh.
   */
  static Optional<LoadResult> take(Path dir) {
    Preload preload = pending;
    pending = null;
    if (preload == null || !preload.dir().equals(dir)) {
      return Optional.empty();
    }
    try {
      return Optional.of(preload.result().get());
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
