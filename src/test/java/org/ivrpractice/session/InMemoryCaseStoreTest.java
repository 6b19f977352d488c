package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The in-memory case store: the contract suite with a clock the test moves, and its bound. */
class InMemoryCaseStoreTest extends CaseStoreContract {

  private final AtomicLong now = new AtomicLong(1_000);

  @Override
  CaseStore newStore(Duration ttl) {
    return new InMemoryCaseStore(ttl, 1_000, now::get);
  }

  @Override
  void elapse(Duration time) {
    now.addAndGet(time.toNanos());
  }

  @Test
  void pastItsBoundTheCaseThatExpiresFirstIsForgotten() {
    InMemoryCaseStore small = new InMemoryCaseStore(Duration.ofDays(30), 2, now::get);
    done(small.save(replacement("11111111", "standard")));
    elapse(Duration.ofSeconds(1));
    done(small.save(replacement("22222222", "standard")));
    done(small.save(replacement("33333333", "standard")));
    assertTrue(done(small.find(byReference("11111111"))).isEmpty(), "the oldest goes");
    assertTrue(done(small.find(byReference("22222222"))).isPresent());
    assertEquals(true, done(small.find(byReference("33333333"))).isPresent());
  }

  @Test
  void aCaseSavedAgainExpiresLastAndIsNotTheOneForgottenPastTheBound() {
    InMemoryCaseStore small = new InMemoryCaseStore(Duration.ofDays(30), 2, now::get);
    done(small.save(replacement("11111111", "standard")));
    elapse(Duration.ofSeconds(1));
    done(small.save(replacement("22222222", "standard")));
    elapse(Duration.ofSeconds(1));
    done(small.save(replacement("11111111", "expedited"))); // the caller changed the order
    done(small.save(replacement("33333333", "standard")));
    assertTrue(done(small.find(byReference("22222222"))).isEmpty(), "the oldest now goes");
    assertEquals(
        "expedited", done(small.find(byReference("11111111"))).orElseThrow().get("delivery"));
    assertTrue(done(small.find(byReference("33333333"))).isPresent());
  }
}
