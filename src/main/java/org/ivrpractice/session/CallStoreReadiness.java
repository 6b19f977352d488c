package org.ivrpractice.session;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready}: DOWN, naming the store and why, while the call store does not answer,
 * and UP again by itself when it does (a load balancer then sends calls elsewhere meanwhile).
 */
@Readiness
@ApplicationScoped
public class CallStoreReadiness implements AsyncHealthCheck {

  private final SessionStore store;

  public CallStoreReadiness(SessionStore store) {
    this.store = store;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return Uni.createFrom()
        .completionStage(store::ping)
        .map(
            done ->
                HealthCheckResponse.named("call store")
                    .up()
                    .withData("store", store.describe())
                    .build())
        .onFailure()
        .recoverWithItem(
            e ->
                HealthCheckResponse.named("call store")
                    .down()
                    .withData("store", store.describe())
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build());
  }
}
