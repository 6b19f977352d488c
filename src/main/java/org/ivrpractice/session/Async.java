package org.ivrpractice.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Small helpers for the stores' {@link CompletionStage}s: JDK futures, which cost nothing to
 * compose (no context is captured per step), so the webhooks' path stays cheap.
 */
public final class Async {

  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private Async() {}

  /** A completed stage holding {@code value}. */
  public static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  /** A completed stage holding nothing. */
  public static CompletionStage<Void> done() {
    return DONE;
  }

  /** A failed stage. */
  public static <T> CompletionStage<T> failed(Throwable failure) {
    return CompletableFuture.failedFuture(failure);
  }

  /** What went wrong, without the wrappers a stage's failure arrives in. */
  public static Throwable cause(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The stage {@code work} gives, or a failed one when making it threw. */
  public static <T> CompletionStage<T> attempt(Supplier<? extends CompletionStage<T>> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return failed(e);
    }
  }

  /**
   * Runs {@code work}, and again while it fails with {@link StaleRecord} (another request of the
   * call wrote first), at most {@code retries} times more.
   */
  public static <T> CompletionStage<T> retryWhenStale(
      Supplier<? extends CompletionStage<T>> work, int retries) {
    return attempt(work)
        .handle(
            (value, failure) -> {
              if (failure == null) {
                return done(value);
              }
              Throwable cause = cause(failure);
              return cause instanceof StaleRecord && retries > 0
                  ? retryWhenStale(work, retries - 1)
                  : Async.<T>failed(cause);
            })
        .thenCompose(next -> next);
  }

  /**
   * Waits for a stage (on a worker thread, never on the event loop), at most {@code millis}; its
   * failure is thrown as it is, and a stage that does not complete in time is {@link
   * StoreUnavailable}.
   */
  public static <T> T await(CompletionStage<T> stage, long millis) {
    try {
      return stage.toCompletableFuture().get(millis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = cause(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new StoreUnavailable(String.valueOf(cause.getMessage()), cause);
    } catch (TimeoutException e) {
      throw new StoreUnavailable("no answer within " + millis + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailable("interrupted while waiting for the call store", e);
    }
  }
}
