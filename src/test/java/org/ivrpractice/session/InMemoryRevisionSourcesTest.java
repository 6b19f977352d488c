package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ivrpractice.flow.RevisionSources;
import org.junit.jupiter.api.Test;

/** The in-memory revision sources: the contract suite with a clock the test moves, and a bound. */
class InMemoryRevisionSourcesTest extends RevisionSourcesContract {

  private final AtomicLong now = new AtomicLong(1_000);

  @Override
  RevisionSources newSources(Duration ttl) {
    return new InMemoryRevisionSources(ttl, 100, now::get);
  }

  @Override
  void elapse(Duration time) {
    now.addAndGet(time.toNanos());
  }

  @Test
  void pastItsBoundTheRevisionKeptLongestAgoIsForgotten() {
    InMemoryRevisionSources small = new InMemoryRevisionSources(Duration.ofHours(1), 2, now::get);
    done(small.keep("aaaaaaaaaaaa", Map.of("a.yaml", "a")));
    done(small.keep("bbbbbbbbbbbb", Map.of("b.yaml", "b")));
    done(small.keep("aaaaaaaaaaaa", Map.of("a.yaml", "a")));
    done(small.keep("cccccccccccc", Map.of("c.yaml", "c")));

    assertTrue(done(small.find("bbbbbbbbbbbb")).isEmpty(), "kept longest ago");
    assertTrue(done(small.find("aaaaaaaaaaaa")).isPresent());
    assertTrue(done(small.find("cccccccccccc")).isPresent());
  }
}
