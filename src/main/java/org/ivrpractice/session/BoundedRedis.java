package org.ivrpractice.session;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Redis commands as the stores send them: through the reactive client (never blocking the event
 * loop), each bounded by the store's timeout, any failure turned into {@link StoreUnavailable}, and
 * every answer or failure reported to {@link StoreHealth}; each answers a {@link CompletionStage},
 * as the stores do.
 */
final class BoundedRedis {

  private final ReactiveRedisDataSource redis;
  private final Duration timeout;
  private final StoreHealth health;

  BoundedRedis(ReactiveRedisDataSource redis, Duration timeout, StoreHealth health) {
    this.redis = redis;
    this.timeout = timeout;
    this.health = health;
  }

  /** One command; its answer (null for Redis's nil), or {@link StoreUnavailable}. */
  CompletionStage<Response> execute(String command, String... args) {
    return plain(bounded(redis.execute(command, args)));
  }

  /** A script by its SHA-1, sent whole once when Redis does not know it yet. */
  CompletionStage<Response> script(String sha, String script, String... keysAndArgs) {
    Uni<Response> sent =
        redis
            .execute("EVALSHA", with(sha, keysAndArgs))
            .onFailure(e -> String.valueOf(e.getMessage()).startsWith("NOSCRIPT"))
            .recoverWithUni(() -> redis.execute("EVAL", with(script, keysAndArgs)));
    return plain(bounded(sent));
  }

  /**
   * The command's answer as a plain JDK future: {@code subscribeAsCompletionStage} would give one
   * that captures and restores the thread's contexts at every later step of the webhook.
   */
  private static <T> CompletionStage<T> plain(Uni<T> command) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    command.subscribe().with(answer::complete, answer::completeExceptionally);
    return answer;
  }

  private <T> Uni<T> bounded(Uni<T> command) {
    return command
        .ifNoItem()
        .after(timeout)
        .failWith(
            () -> new StoreUnavailable("no answer within " + timeout.toMillis() + " ms", null))
        .onFailure(e -> !(e instanceof StoreUnavailable))
        .transform(e -> new StoreUnavailable(String.valueOf(e.getMessage()), e))
        .onItemOrFailure()
        .invoke(
            (item, failure) -> {
              if (failure == null) {
                health.up();
              } else {
                health.failed(failure.getMessage());
              }
            });
  }

  private static String[] with(String head, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = head;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
