package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work taken again when another request of the call wrote first, as often as asked. */
class AsyncTest {

  @Test
  void staleWorkIsTakenAgainAsManyTimesAsAskedThenFails() {
    AtomicInteger tries = new AtomicInteger();
    CompletionException failed =
        assertThrows(
            CompletionException.class,
            () ->
                Async.retryWhenStale(
                        () -> {
                          tries.incrementAndGet();
                          return Async.<String>failed(new StaleRecord("CA1", 1));
                        },
                        3)
                    .toCompletableFuture()
                    .join());
    assertEquals(StaleRecord.class, failed.getCause().getClass());
    assertEquals(4, tries.get(), "the first try and three more");
  }

  @Test
  void workThatSucceedsOnARetryAnswersAndOtherFailuresAreNotRetried() {
    AtomicInteger tries = new AtomicInteger();
    String answer =
        Async.retryWhenStale(
                () ->
                    tries.incrementAndGet() < 3
                        ? Async.<String>failed(new StaleRecord("CA1", 1))
                        : Async.done("taken"),
                3)
            .toCompletableFuture()
            .join();
    assertEquals("taken", answer);
    assertEquals(3, tries.get());

    AtomicInteger down = new AtomicInteger();
    assertThrows(
        CompletionException.class,
        () ->
            Async.retryWhenStale(
                    () -> {
                      down.incrementAndGet();
                      return Async.<String>failed(new StoreUnavailable("refused", null));
                    },
                    3)
                .toCompletableFuture()
                .join());
    assertEquals(1, down.get(), "only a stale write is taken again");
  }
}
