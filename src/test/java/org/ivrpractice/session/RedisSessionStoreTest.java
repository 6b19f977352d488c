package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Redis store: the same contract suite as in memory, in real time on a real Redis. */
@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisSessionStoreTest extends SessionStoreContract {

  @Inject ReactiveRedisDataSource redis;
  @Inject CallRecordCodec codec;

  private String prefix;

  @Override
  SessionStore newStore(Duration ttl) {
    prefix = "test:" + UUID.randomUUID() + ":";
    return new RedisSessionStore(
        redis,
        codec,
        prefix,
        ttl,
        Duration.ofMillis(300),
        new StoreHealth("redis"),
        "redis (test)");
  }

  @Override
  void elapse(Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theRawKeysHoldNoPracticeCardNumberAndKeepTheirTimeToLive() {
    done(store.put("CA1", twilioCall("card-number"), SessionStore.NEW));
    done(store.put("b1", browserCall("card-number"), SessionStore.NEW));
    List<String> raw =
        RedisProfile.server().dump().stream().filter(line -> line.startsWith(prefix)).toList();
    assertEquals(2, raw.size(), raw::toString);
    for (String line : raw) {
      assertFalse(line.contains("378282246310005"), line);
      assertFalse(line.contains("37828224631"), line);
      assertTrue(line.contains("0005"), "the masked number is kept: " + line);
    }
    long ttl = (Long) RedisProfile.server().command("PTTL", prefix + "call:CA1");
    assertTrue(ttl > 0 && ttl <= TTL.toMillis(), "the key keeps its time-to-live: " + ttl);
  }
}
