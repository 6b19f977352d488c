package org.ivrpractice.session;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Calls in Redis, shared by every instance: one string key per call ({@code ivr:call:<id>}) whose
 * value is the record's revision and its JSON ({@code 4711:{"channel":"twilio",...}}), written with
 * its time-to-live ({@code SET ... PX}). A conditional write is one Lua script, so the check of the
 * revision and the write are atomic: two requests of one call racing on two instances cannot both
 * win. Nothing sensitive is in the JSON in clear ({@link CallRecord}).
 *
 * <p>It is used from the event loop through the reactive client and never blocks; every command is
 * bounded by {@code ivr.sessions.timeout} ({@link BoundedRedis}).
 */
public final class RedisSessionStore implements SessionStore {

  /**
   * KEYS[1] the call's key; ARGV: the revision replaced (-1 any, 0 none), the JSON, the TTL in ms,
   * a first revision for a new record. Answers the new revision, or -1 when the stored one differs.
   */
  static final String CONDITIONAL_SET =
      """
      local current = redis.call('GET', KEYS[1])
      local revision = 0
      if current then revision = tonumber(string.match(current, '^(%d+):')) end
      local expected = tonumber(ARGV[1])
      if expected >= 0 and expected ~= revision then return -1 end
      if revision == 0 then revision = tonumber(ARGV[4]) else revision = revision + 1 end
      redis.call('SET', KEYS[1], string.format('%d', revision) .. ':' .. ARGV[2], 'PX', ARGV[3])
      return revision
      """;

  private static final String SCRIPT_SHA = sha1(CONDITIONAL_SET);

  private final BoundedRedis redis;
  private final CallRecordCodec codec;
  private final String prefix;
  private final String ttlMillis;
  private final String name;

  /**
   * @param prefix what every key starts with ({@code ivr:})
   * @param name the store's name for people ({@code redis redis://localhost:6379})
   */
  public RedisSessionStore(
      ReactiveRedisDataSource redis,
      CallRecordCodec codec,
      String prefix,
      Duration ttl,
      Duration timeout,
      StoreHealth health,
      String name) {
    this(new BoundedRedis(redis, timeout, health), codec, prefix, ttl, name);
  }

  /** The same, over commands shared with the case store (one connection per event loop). */
  RedisSessionStore(
      BoundedRedis redis, CallRecordCodec codec, String prefix, Duration ttl, String name) {
    this.redis = redis;
    this.codec = codec;
    this.prefix = prefix + "call:";
    this.ttlMillis = Long.toString(ttl.toMillis());
    this.name = name;
  }

  @Override
  public CompletionStage<Optional<StoredCall>> get(String callId) {
    return redis.execute(Command.GET, key(callId)).thenApply(this::stored);
  }

  @Override
  public CompletionStage<Long> put(String callId, CallRecord record, long replaces) {
    Objects.requireNonNull(record, "record");
    return redis
        .script(
            SCRIPT_SHA,
            CONDITIONAL_SET,
            "1",
            key(callId),
            Long.toString(replaces),
            codec.write(record),
            ttlMillis,
            first())
        .thenCompose(
            answer -> {
              long revision = answer.toLong();
              return revision < 0
                  ? Async.<Long>failed(new StaleRecord(callId, replaces))
                  : Async.done(revision);
            });
  }

  @Override
  public CompletionStage<Optional<CallRecord>> remove(String callId) {
    return redis
        .execute(Command.GETDEL, key(callId))
        .thenApply(answer -> stored(answer).map(StoredCall::record));
  }

  @Override
  public CompletionStage<Void> ping() {
    return redis.execute(Command.PING).thenApply(answer -> null);
  }

  @Override
  public String describe() {
    return name;
  }

  /** The key of a call, for tests that read Redis as an operator would. */
  String key(String callId) {
    return prefix + callId;
  }

  private Optional<StoredCall> stored(Response answer) {
    if (answer == null) {
      return Optional.empty();
    }
    String value = answer.toString();
    int colon = value.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    long revision;
    try {
      revision = Long.parseLong(value, 0, colon, 10);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return codec.read(value.substring(colon + 1)).map(r -> new StoredCall(r, revision));
  }

  private static String first() {
    return Long.toString(Revisions.first());
  }

  private static String sha1(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
