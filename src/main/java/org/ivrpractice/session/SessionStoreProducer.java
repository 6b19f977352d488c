package org.ivrpractice.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.InMemoryCallLog;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.flow.RevisionSources;

/**
 * Makes the call store the configuration names ({@code ivr.sessions.store}): in memory by default,
 * or Redis, whose client is made only then (so the in-memory default needs no Redis settings).
 */
@ApplicationScoped
public class SessionStoreProducer {

  private BoundedRedis commands;

  @Produces
  @Singleton
  StoreHealth health(SessionConfig config) {
    return new StoreHealth(
        config.store().name().toLowerCase(java.util.Locale.ROOT), config.outageQuiet());
  }

  @Produces
  @Singleton
  SessionStore sessionStore(
      SessionConfig config,
      CallRecordCodec codec,
      StoreHealth health,
      Instance<ReactiveRedisDataSource> redis,
      @ConfigProperty(name = "quarkus.redis.hosts") Optional<String> hosts) {
    if (config.store() == SessionConfig.Kind.MEMORY) {
      return new InMemorySessionStore(config.ttl(), config.max(), System::nanoTime);
    }
    if (hosts.isEmpty() || hosts.get().isBlank()) {
      throw new IllegalStateException(
          "ivr.sessions.store=redis needs Redis's address: set quarkus.redis.hosts (environment"
              + " QUARKUS_REDIS_HOSTS), for example redis://localhost:6379");
    }
    return new RedisSessionStore(
        commands(redis, config, health),
        codec,
        config.keyPrefix(),
        config.ttl(),
        "redis " + RedisAddress.withoutPassword(hosts.get()));
  }

  @Produces
  @Singleton
  CaseStore caseStore(
      SessionConfig sessions,
      CaseConfig cases,
      ObjectMapper json,
      StoreHealth health,
      Instance<ReactiveRedisDataSource> redis) {
    if (sessions.store() == SessionConfig.Kind.MEMORY) {
      return new InMemoryCaseStore(cases.ttl(), cases.max(), System::nanoTime);
    }
    return new RedisCaseStore(
        commands(redis, sessions, health), json, sessions.keyPrefix(), cases.ttl());
  }

  /**
   * Where the sources of revisions in use are kept for the other instances: nowhere with the
   * in-memory store (one process keeps its own revisions), in Redis with Redis, for the calls'
   * time-to-live.
   */
  @Produces
  @Singleton
  RevisionSources revisionSources(
      SessionConfig config,
      ObjectMapper json,
      StoreHealth health,
      Instance<ReactiveRedisDataSource> redis) {
    if (config.store() == SessionConfig.Kind.MEMORY) {
      return RevisionSources.NONE;
    }
    return new RedisRevisionSources(
        commands(redis, config, health), json, config.keyPrefix(), config.ttl());
  }

  /**
   * The call log ended calls' summaries go to ({@code ivr.analytics.log-size} of them): this
   * process's memory with the in-memory store, a Redis Stream with Redis, so that every instance
   * writes to and reads from the same log.
   */
  @Produces
  @Singleton
  CallLog callLog(
      SessionConfig sessions,
      AnalyticsConfig analytics,
      ObjectMapper json,
      StoreHealth health,
      Instance<ReactiveRedisDataSource> redis) {
    if (sessions.store() == SessionConfig.Kind.MEMORY) {
      return new InMemoryCallLog(analytics.logSize());
    }
    return new RedisCallLog(
        commands(redis, sessions, health), json, sessions.keyPrefix(), analytics.logSize());
  }

  /** The Redis commands every store sends: one connection per event loop for them all. */
  private synchronized BoundedRedis commands(
      Instance<ReactiveRedisDataSource> redis, SessionConfig config, StoreHealth health) {
    if (commands == null) {
      commands = new BoundedRedis(redis.get(), config.timeout(), health);
    }
    return commands;
  }

  @Produces
  @Singleton
  CaseRecords caseRecords(CaseStore cases) {
    return new CaseRecords(Engine.pausing(), cases);
  }

  @Produces
  @Singleton
  CallRecordCodec codec(ObjectMapper json) {
    return new CallRecordCodec(json);
  }
}
