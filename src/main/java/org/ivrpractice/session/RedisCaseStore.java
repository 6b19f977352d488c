package org.ivrpractice.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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

  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

  private final BoundedRedis redis;
  private final ObjectMapper json;
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
    this.json = json;
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
        .execute(Command.SET, key, write(record.fields()), "PX", ttlMillis)
        .thenApply(answer -> null);
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> find(RecordRequest request) {
    String key = prefix + CaseStore.key(request.table(), request.field(), request.value());
    return redis
        .execute(Command.GET, key)
        .thenApply(answer -> answer == null ? Optional.empty() : read(answer.toString()));
  }

  private String write(Map<String, String> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a case could not be written as JSON", e);
    }
  }

  private Optional<Map<String, String>> read(String text) {
    try {
      return Optional.of(json.readValue(text, FIELDS));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
