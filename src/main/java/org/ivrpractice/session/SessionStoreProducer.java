package org.ivrpractice.session;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.ivrpractice.app.IvrConfig;

/** Provides the in-memory store unless another {@link SessionStore} bean (Redis) is present. */
@ApplicationScoped
public class SessionStoreProducer {

  @Produces
  @DefaultBean
  @ApplicationScoped
  SessionStore sessionStore(IvrConfig config) {
    return new InMemorySessionStore(config.sessions().ttl(), System::nanoTime);
  }
}
