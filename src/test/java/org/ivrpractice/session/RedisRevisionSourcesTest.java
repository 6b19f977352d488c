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
import org.ivrpractice.flow.RevisionSources;
import org.junit.jupiter.api.Test;

/** The Redis revision sources: the same contract suite, in real time on a real Redis. */
@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisRevisionSourcesTest extends RevisionSourcesContract {

  @Inject ReactiveRedisDataSource redis;
  @Inject ObjectMapper json;

  private String prefix;

  @Override
  RevisionSources newSources(Duration ttl) {
    prefix = "test:" + UUID.randomUUID() + ":";
    return new RedisRevisionSources(
        new BoundedRedis(redis, Duration.ofMillis(300), new StoreHealth("redis")),
        json,
        prefix,
        ttl);
  }

  @Override
  void elapse(Duration time) {
    RedisProfile.elapse(time);
  }

  @Test
  void aRevisionIsOneKeyWithTheCallsTimeToLive() {
    done(sources.keep(REVISION, CARD_SERVICES));
    List<String> raw =
        RedisProfile.server().dump().stream().filter(line -> line.startsWith(prefix)).toList();
    assertEquals(1, raw.size(), raw::toString);
    assertTrue(raw.get(0).startsWith(prefix + "revision:" + REVISION + " = {"), raw::toString);
    long ttl = (Long) RedisProfile.server().command("PTTL", prefix + "revision:" + REVISION);
    assertTrue(ttl > 0 && ttl <= TTL.toMillis(), "kept for the calls' time-to-live: " + ttl);
  }
}
