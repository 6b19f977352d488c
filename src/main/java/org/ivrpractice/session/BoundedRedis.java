package org.ivrpractice.session;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.impl.types.ErrorType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Redis commands as the stores send them: through the reactive client (never blocking the event
 * loop), each bounded by the store's timeout, any failure turned into {@link StoreUnavailable}, and
 * every answer or failure reported to {@link StoreHealth}; each answers a {@link CompletionStage},
 * as the stores do.
 *
 * <p>A command sent from an event loop (every webhook and browser request) goes over that loop's
 * own connection, opened on it and kept: the command is written, and its answer read and handed on,
 * by the thread that serves the request. Through the pool, a connection opened on another loop made
 * two hand-overs between threads per command (see docs/performance.md for what it cost). The
 * connection is opened again after Redis closes it or it fails. Commands from other threads (tests,
 * start-up) go through the client's pool.
 */
final class BoundedRedis {

  private final Redis redis;
  private final Duration timeout;
  private final StoreHealth health;
  private final ConcurrentMap<Thread, Future<RedisConnection>> loops = new ConcurrentHashMap<>();

  BoundedRedis(ReactiveRedisDataSource redis, Duration timeout, StoreHealth health) {
    this.redis = redis.getRedis().getDelegate();
    this.timeout = timeout;
    this.health = health;
  }

  /** One command; its answer (null for Redis's nil), or {@link StoreUnavailable}. */
  CompletionStage<Response> execute(Command command, String... args) {
    Request request = request(command, args);
    return bounded(send -> send.apply(request));
  }

  /** A script by its SHA-1, sent whole once when Redis does not know it yet. */
  CompletionStage<Response> script(String sha, String script, String... keysAndArgs) {
    Request evalsha = request(Command.EVALSHA, with(sha, keysAndArgs));
    return bounded(
        send ->
            send.apply(evalsha)
                .recover(
                    e ->
                        String.valueOf(e.getMessage()).startsWith("NOSCRIPT")
                            ? send.apply(request(Command.EVAL, with(script, keysAndArgs)))
                            : Future.failedFuture(e)));
  }

  /**
   * The command(s) {@code work} sends, within the timeout: the answer, or {@link StoreUnavailable};
   * the store's health hears of each outcome once.
   */
  private CompletionStage<Response> bounded(
      Function<Function<Request, Future<Response>>, Future<Response>> work) {
    CompletableFuture<Response> answer = new CompletableFuture<>();
    Context context = Vertx.currentContext();
    boolean onLoop = context != null && Context.isOnEventLoopThread();
    long timer;
    if (onLoop) {
      timer = context.owner().setTimer(timeout.toMillis(), id -> timedOut(answer));
    } else {
      timer = -1;
      CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .execute(() -> timedOut(answer));
    }
    Function<Request, Future<Response>> send = onLoop ? this::sendOnThisLoop : redis::send;
    Future<Response> sent;
    try {
      sent = work.apply(send);
    } catch (RuntimeException e) {
      sent = Future.failedFuture(e);
    }
    sent.onComplete(
        result -> {
          if (timer >= 0) {
            context.owner().cancelTimer(timer);
          }
          if (result.succeeded()) {
            if (answer.complete(result.result())) {
              health.up();
            }
          } else {
            String why = String.valueOf(result.cause().getMessage());
            if (answer.completeExceptionally(new StoreUnavailable(why, result.cause()))) {
              health.failed(why);
            }
          }
        });
    return answer;
  }

  private void timedOut(CompletableFuture<Response> answer) {
    String why = "no answer within " + timeout.toMillis() + " ms";
    if (answer.completeExceptionally(new StoreUnavailable(why, null))) {
      health.failed(why);
    }
  }

  /**
   * Sends over this event loop's own connection, opening it first when it has none; a connection
   * that fails otherwise than with Redis's own error answer is not used again.
   */
  private Future<Response> sendOnThisLoop(Request request) {
    Thread loop = Thread.currentThread();
    Future<RedisConnection> connection = connection(loop);
    return connection.compose(
        open ->
            open.send(request)
                .onFailure(
                    e -> {
                      if (!(e instanceof ErrorType)) {
                        loops.remove(loop, connection);
                        open.close();
                      }
                    }));
  }

  private Future<RedisConnection> connection(Thread loop) {
    Future<RedisConnection> current = loops.get(loop);
    if (current != null && !current.failed()) {
      return current;
    }
    Future<RedisConnection> opened = redis.connect();
    loops.put(loop, opened);
    opened.onComplete(
        result -> {
          if (result.failed()) {
            loops.remove(loop, opened);
            return;
          }
          RedisConnection connection = result.result();
          connection.exceptionHandler(
              e -> {
                loops.remove(loop, opened);
                connection.close();
              });
          connection.endHandler(end -> loops.remove(loop, opened));
        });
    return opened;
  }

  private static Request request(Command command, String... args) {
    Request request = Request.cmd(command);
    for (String arg : args) {
      request.arg(arg);
    }
    return request;
  }

  private static String[] with(String head, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = head;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
