package org.ivrpractice.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.redis.client.Command;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.flow.RevisionSources;

/**
 * Revision sources in Redis, for every instance: one key per revision ({@code
 * ivr:revision:3f2a9c01b7de}) holding its files as JSON (file name to text), written with the
 * calls' time-to-live ({@code SET ... PX}) and written again while calls use it, so that an
 * instance that has reloaded its flows (or not yet) still serves a call pinned to another revision.
 */
public final class RedisRevisionSources implements RevisionSources {

  private final BoundedRedis redis;
  private final JsonFields json;
  private final String prefix;
  private final String ttlMillis;

  RedisRevisionSources(BoundedRedis redis, ObjectMapper json, String prefix, Duration ttl) {
    this.redis = redis;
    this.json = new JsonFields(json, "a revision's sources");
    this.prefix = prefix + "revision:";
    this.ttlMillis = Long.toString(ttl.toMillis());
  }

  @Override
  public CompletionStage<Void> keep(String revision, Map<String, String> sources) {
    return redis
        .execute(Command.SET, prefix + revision, json.write(sources), "PX", ttlMillis)
        .thenApply(answer -> null);
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> find(String revision) {
    return redis
        .execute(Command.GET, prefix + revision)
        .thenApply(answer -> answer == null ? Optional.empty() : json.read(answer.toString()));
  }
}
