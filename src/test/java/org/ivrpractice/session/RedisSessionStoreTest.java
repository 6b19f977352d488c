package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Redis store: the same contract suite as in memory, in real time on a real Redis. */
@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisSessionStoreTest extends SessionStoreContract {

  @Inject ReactiveRedisDataSource redis;
  @Inject CallRecordCodec codec;
  @Inject Vertx vertx;

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
    RedisProfile.elapse(time);
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

  @AfterEach
  void redisBack() {
    RedisProfile.server().resume();
  }

  /** What the store answers to work started on this event loop, and on which thread it answers. */
  private record OnLoop<T>(T answer, Throwable failure, Thread asked, Thread answered) {}

  private static <T> OnLoop<T> onLoop(Context loop, Supplier<CompletionStage<T>> work)
      throws Exception {
    CompletableFuture<OnLoop<T>> result = new CompletableFuture<>();
    loop.runOnContext(
        v -> {
          Thread asked = Thread.currentThread();
          work.get()
              .whenComplete(
                  (answer, failure) ->
                      result.complete(
                          new OnLoop<>(answer, failure, asked, Thread.currentThread())));
        });
    return result.get(5, TimeUnit.SECONDS);
  }

  @Test
  void fromAnEventLoopTheAnswerComesOnThatLoopAndARedisRestartIsSurvived() throws Exception {
    SessionStore store = newStore(Duration.ofMinutes(5));
    Context loop = vertx.getOrCreateContext();
    OnLoop<Long> written = onLoop(loop, () -> store.put("CA1", twilioCall("a"), SessionStore.NEW));
    assertEquals(null, written.failure());
    assertEquals(written.asked(), written.answered(), "answered on the loop that asked");
    OnLoop<Optional<StoredCall>> read = onLoop(loop, () -> store.get("CA1"));
    assertEquals(written.asked(), read.answered());
    assertEquals(written.answer(), read.answer().orElseThrow().revision());

    RedisProfile.server().stop();
    OnLoop<Optional<StoredCall>> down = onLoop(loop, () -> store.get("CA1"));
    assertTrue(
        down.failure() instanceof StoreUnavailable
            || down.failure() instanceof CompletionException
                && down.failure().getCause() instanceof StoreUnavailable,
        String.valueOf(down.failure()));

    RedisProfile.server().resume();
    OnLoop<Long> again = null;
    for (int i = 0; i < 50 && (again == null || again.failure() != null); i++) {
      again = onLoop(loop, () -> store.put("CA2", twilioCall("b"), SessionStore.NEW));
      if (again.failure() != null) {
        Thread.sleep(100);
      }
    }
    assertEquals(null, again.failure(), "the loop's connection is opened again");
    assertEquals(twilioCall("b"), done(store.get("CA2")).orElseThrow().record());
  }
}
