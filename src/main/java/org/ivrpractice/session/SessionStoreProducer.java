package org.ivrpractice.session;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Provides the in-memory store unless another {@link SessionStore} bean (Redis) is present. */
@ApplicationScoped
public class SessionStoreProducer {

  @Produces
  @DefaultBean
  @ApplicationScoped
  SessionStore sessionStore(SessionConfig config) {
    return new InMemorySessionStore(config.ttl(), System::nanoTime);
  }
}
