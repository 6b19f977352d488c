package org.ivrpractice.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.vertx.redis.client.Command;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.engine.RecordRequest;
import org.ivrpractice.engine.SavedRecord;

/**
 * Saved cases in Redis, for every instance: one key per case ({@code ivr:case:cases:reference:
 * 58301425}) holding its fields as JSON, written with the cases' time-to-live ({@code SET ... PX}).
 */
public final class RedisCaseStore implements CaseStore {

  private final BoundedRedis redis;
  private final JsonFields json;
  private final String prefix;
  private final String ttlMillis;

  public RedisCaseStore(
      ReactiveRedisDataSource redis,
      ObjectMapper json,
      String prefix,
      Duration ttl,
      Duration timeout,
      StoreHealth health) {
    this(new BoundedRedis(redis, timeout, health), json, prefix, ttl);
  }

  /** The same, over commands shared with the call store (one connection per event loop). */
  RedisCaseStore(BoundedRedis redis, ObjectMapper json, String prefix, Duration ttl) {
    this.redis = redis;
    this.json = new JsonFields(json, "a case");
    this.prefix = prefix + "case:";
    this.ttlMillis = Long.toString(ttl.toMillis());
  }

  @Override
  public CompletionStage<Void> save(SavedRecord record) {
    if (record.key() == null) {
      return Async.done();
    }
    String key = prefix + CaseStore.key(record.table(), record.keyField(), record.key());
    return redis
        .execute(Command.SET, key, json.write(record.fields()), "PX", ttlMillis)
        .thenApply(answer -> null);
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> find(RecordRequest request) {
    String key = prefix + CaseStore.key(request.table(), request.field(), request.value());
    return redis
        .execute(Command.GET, key)
        .thenApply(answer -> answer == null ? Optional.empty() : json.read(answer.toString()));
  }
}
