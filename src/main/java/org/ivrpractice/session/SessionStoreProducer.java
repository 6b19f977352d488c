package org.ivrpractice.session;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Provides the in-memory store unless another {@link SessionStore} bean (Redis) is present. */
@ApplicationScoped
public class SessionStoreProducer {

  @Produces
  @DefaultBean
  @Singleton
  SessionStore sessionStore(SessionConfig config) {
    return new InMemorySessionStore(config.ttl(), System::nanoTime);
  }

  @Produces
  @Singleton
  CallRecordCodec codec(com.fasterxml.jackson.databind.ObjectMapper json) {
    return new CallRecordCodec(json);
  }
}
