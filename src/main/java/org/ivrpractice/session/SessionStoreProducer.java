package org.ivrpractice.session;

import com.fasterxml.jackson.databind.ObjectMapper;
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
  SessionStore sessionStore(IvrConfig config, ObjectMapper json) {
    return new InMemorySessionStore(
        new SessionCodec(json), config.sessions().ttl(), System::nanoTime);
  }
}
