package org.ivrpractice.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallLog} does, run against each implementation: a subclass gives a fresh, empty
 * log that keeps at most {@link #CAPACITY} summaries.
 */
public abstract class CallLogContract {

  /** The capacity the log under test is made with. */
  protected static final int CAPACITY = 5;

  /** A new, empty log holding at most {@link #CAPACITY} summaries. */
  protected abstract CallLog newLog();

  @Test
  void givesBackWhatWasAppendedOldestFirst() {
    CallLog log = newLog();
    CallSummary a = Summaries.selfServed("a", "card-services", 1_000);
    CallSummary b = Summaries.transferred("b", "card-services", 2_000, "fraud", 30_000);
    await(log.append(a));
    await(log.append(b));
    assertEquals(List.of(a, b), await(log.read(null, 0, 100)));
  }

  @Test
  void readsOneLineOrAll() {
    CallLog log = newLog();
    CallSummary a = Summaries.selfServed("a", "card-services", 1_000);
    CallSummary b = Summaries.selfServed("b", "hello", 2_000);
    await(log.append(a));
    await(log.append(b));
    assertEquals(List.of(b), await(log.read("hello", 0, 100)));
    assertEquals(List.of(a), await(log.read("card-services", 0, 100)));
    assertEquals(List.of(), await(log.read("business-card", 0, 100)));
  }

  @Test
  void readsCallsThatEndedSinceATime() {
    CallLog log = newLog();
    CallSummary early = Summaries.selfServed("a", "hello", 1_000); // ended at 1_000 + 5_000
    CallSummary late = Summaries.selfServed("b", "hello", 100_000);
    await(log.append(early));
    await(log.append(late));
    assertEquals(List.of(late), await(log.read(null, 50_000, 100)));
    assertEquals(List.of(early, late), await(log.read(null, 6_000, 100)));
  }

  @Test
  void aLimitKeepsTheNewest() {
    CallLog log = newLog();
    for (int i = 0; i < 4; i++) {
      await(log.append(Summaries.selfServed("c" + i, "hello", 1_000L * i)));
    }
    assertEquals(
        List.of("c2", "c3"), await(log.read(null, 0, 2)).stream().map(CallSummary::id).toList());
  }

  @Test
  void dropsTheOldestPastItsCapacity() {
    CallLog log = newLog();
    for (int i = 0; i < CAPACITY + 3; i++) {
      await(log.append(Summaries.selfServed("c" + i, "hello", 1_000L * i)));
    }
    List<String> ids = await(log.read(null, 0, 100)).stream().map(CallSummary::id).toList();
    assertEquals(List.of("c3", "c4", "c5", "c6", "c7"), ids);
  }

  @Test
  void keepsEveryPartOfASummary() {
    CallLog log = newLog();
    CallSummary full = Summaries.full();
    await(log.append(full));
    assertEquals(List.of(full), await(log.read(null, 0, 10)));
  }

  protected static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the call log did not answer", e);
    }
  }
}
