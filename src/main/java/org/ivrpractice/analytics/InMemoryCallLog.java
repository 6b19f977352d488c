package org.ivrpractice.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The call log of one process: the newest {@code capacity} summaries, oldest dropped first. The
 * default, when calls live in this process's memory too.
 */
public final class InMemoryCallLog implements CallLog {

  private final int capacity;
  private final ArrayDeque<CallSummary> summaries = new ArrayDeque<>();

  public InMemoryCallLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a call log holds at least one call, not " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public CompletionStage<Void> append(CallSummary summary) {
    synchronized (summaries) {
      summaries.addLast(summary);
      while (summaries.size() > capacity) {
        summaries.removeFirst();
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<List<CallSummary>> read(String flow, long sinceMs, int limit) {
    List<CallSummary> newestFirst = new ArrayList<>();
    synchronized (summaries) {
      Iterator<CallSummary> it = summaries.descendingIterator();
      while (it.hasNext() && newestFirst.size() < limit) {
        CallSummary s = it.next();
        if ((flow == null || flow.equals(s.flow())) && endedAt(s) >= sinceMs) {
          newestFirst.add(s);
        }
      }
    }
    List<CallSummary> oldestFirst = new ArrayList<>(newestFirst.size());
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      oldestFirst.add(newestFirst.get(i));
    }
    return CompletableFuture.completedFuture(oldestFirst);
  }

  /** When a summary's call ended, in milliseconds since the epoch. */
  static long endedAt(CallSummary s) {
    return s.startedAt() + s.durationMs();
  }
}
