package org.ivrpractice.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ivrpractice.engine.Engine;

/**
 * Makes the call store the configuration names ({@code ivr.sessions.store}): in memory by default,
 * or Redis, whose client is made only then (so the in-memory default needs no Redis settings).
 */
@ApplicationScoped
public class SessionStoreProducer {

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
        redis.get(),
        codec,
        config.keyPrefix(),
        config.ttl(),
        config.timeout(),
        health,
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
        redis.get(), json, sessions.keyPrefix(), cases.ttl(), sessions.timeout(), health);
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
