package org.ivrpractice.analytics;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The log of recent calls' summaries, shared by every instance that uses the same store: in memory
 * by default ({@link InMemoryCallLog}), a Redis Stream with the Redis store. It is bounded: the
 * oldest summaries are dropped first. Every implementation passes the same contract suite.
 *
 * <p>Like the session store, it answers {@link CompletionStage}s and may fail (the store is down):
 * a channel records a call's summary without waiting for it and never fails a call because the log
 * did.
 */
public interface CallLog {

  /** Adds a summary at the end of the log. */
  CompletionStage<Void> append(CallSummary summary);

  /**
   * The summaries of calls that ended at or after {@code sinceMs} (milliseconds since the epoch; 0
   * for all), oldest first, of one line (or of all when {@code flow} is null), at most {@code
   * limit} of the newest.
   */
  CompletionStage<List<CallSummary>> read(String flow, long sinceMs, int limit);
}
