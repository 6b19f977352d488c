package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.CallLogContract;
import org.ivrpractice.analytics.CallSummary;
import org.ivrpractice.analytics.Summaries;
import org.junit.jupiter.api.Test;

/** The Redis Stream call log: the same contract suite, on a real Redis. */
@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisCallLogTest extends CallLogContract {

  @Inject ReactiveRedisDataSource redis;
  @Inject ObjectMapper json;

  private String prefix;

  @Override
  protected CallLog newLog() {
    return log(CAPACITY);
  }

  private CallLog log(int capacity) {
    prefix = "test:" + UUID.randomUUID() + ":";
    return new RedisCallLog(
        new BoundedRedis(redis, Duration.ofMillis(500), new StoreHealth("redis")),
        json,
        prefix,
        capacity);
  }

  @Test
  void theLogIsOneStreamBoundedByItsCapacity() {
    CallLog log = newLog();
    for (int i = 0; i < CAPACITY + 2; i++) {
      await(log.append(Summaries.selfServed("c" + i, "hello", i)));
    }
    Object length = RedisProfile.server().command("XLEN", prefix + "calls:log");
    assertEquals((long) CAPACITY, length);
  }

  @Test
  void readsPastOnePage() {
    CallLog log = log(RedisCallLog.PAGE * 3);
    int calls = RedisCallLog.PAGE * 2 + 7;
    for (int i = 0; i < calls; i++) {
      await(log.append(Summaries.selfServed("c" + i, i % 2 == 0 ? "hello" : "other", i)));
    }
    List<CallSummary> hello = await(log.read("hello", 0, 10_000));
    assertEquals((calls + 1) / 2, hello.size());
    assertEquals("c0", hello.get(0).id());
    assertEquals(3, await(log.read(null, 0, 3)).size());
  }

  @Test
  void anEntryThisVersionCannotReadIsSkipped() {
    CallLog log = newLog();
    RedisProfile.server().command("XADD", prefix + "calls:log", "*", "s", "{not json");
    CallSummary good = Summaries.selfServed("good", "hello", 1);
    await(log.append(good));
    assertEquals(List.of(good), await(log.read(null, 0, 10)));
  }

  @Test
  void anEntrysTimeIsReadFromItsId() {
    assertEquals(1_700_000_000_000L, RedisCallLog.addedAt("1700000000000-3"));
    assertTrue(RedisCallLog.addedAt("5-0") < RedisCallLog.CLOCK_SLACK_MS);
  }
}
