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
import org.junit.jupiter.api.Test;

/** The Redis case store: the same contract suite, in real time on a real Redis. */
@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisCaseStoreTest extends CaseStoreContract {

  @Inject ReactiveRedisDataSource redis;
  @Inject ObjectMapper json;

  private String prefix;

  @Override
  CaseStore newStore(Duration ttl) {
    prefix = "test:" + UUID.randomUUID() + ":";
    return new RedisCaseStore(
        redis, json, prefix, ttl, Duration.ofMillis(300), new StoreHealth("redis"));
  }

  @Override
  void elapse(Duration time) {
    RedisProfile.elapse(time);
  }

  @Test
  void aCaseIsOneKeyWithItsTimeToLive() {
    done(store.save(replacement("12345674", "standard")));
    List<String> raw =
        RedisProfile.server().dump().stream().filter(line -> line.startsWith(prefix)).toList();
    assertEquals(1, raw.size(), raw::toString);
    assertTrue(raw.get(0).startsWith(prefix + "case:cases:reference:12345674 = {"), raw::toString);
    long ttl =
        (Long) RedisProfile.server().command("PTTL", prefix + "case:cases:reference:12345674");
    assertTrue(ttl > 0 && ttl <= TTL.toMillis(), "kept for the cases' time-to-live: " + ttl);
  }
}
