package org.ivrpractice.channels.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The check of every {@link OperatorOnly} endpoint, before it reads its body: off (404) unless its
 * switch is on, then a signed-in user (401) with the role {@value #ROLE} (403). Its refusals are
 * {@link ApiProblem}s, which {@link ApiProblemMapper} answers as {@code application/problem+json},
 * as it does Quarkus Security's own.
 *
 * <p>Authentication is lazy ({@code quarkus.http.auth.proactive=false}): only these endpoints read
 * the credentials, so a public request never pays for them, and a wrong password is a 401 problem
 * here rather than an empty answer from the HTTP layer.
 */
public class OperatorGuard {

  /** The role a user needs for every operator endpoint. */
  public static final String ROLE = "operator";

  private final Map<OperatorSwitch, Boolean> on = new EnumMap<>(OperatorSwitch.class);
  private final CurrentIdentityAssociation identities;

  public OperatorGuard(Config config, CurrentIdentityAssociation identities) {
    this.identities = identities;
    for (OperatorSwitch feature : OperatorSwitch.values()) {
      on.put(feature, isOn(config, feature));
    }
  }

  /** Whether a switch is on in this configuration ({@link OperatorSwitch#ALWAYS} always is). */
  static boolean isOn(Config config, OperatorSwitch feature) {
    return feature
        .setting()
        .map(key -> config.getOptionalValue(key, Boolean.class).orElse(false))
        .orElse(true);
  }

  @OperatorOnly
  @ServerRequestFilter
  public Uni<Void> check(ResourceInfo resource) {
    OperatorSwitch feature = switchOf(resource);
    if (!on.get(feature)) {
      return Uni.createFrom().failure(off(feature));
    }
    return identities
        .getDeferredIdentity()
        .onFailure()
        .transform(failed -> signInNeeded())
        .invoke(OperatorGuard::requireOperator)
        .replaceWithVoid();
  }

  private static void requireOperator(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      throw signInNeeded();
    }
    if (!identity.hasRole(ROLE)) {
      throw ApiProblem.forbidden(
          "The user "
              + identity.getPrincipal().getName()
              + " may not do this: it takes a user with the role '"
              + ROLE
              + "'.");
    }
  }

  /** 401: no user, or a wrong password. */
  static ApiProblem signInNeeded() {
    return ApiProblem.unauthorized(
        "This endpoint acts for the server's operator: sign in as a user with the role '"
            + ROLE
            + "' (HTTP Basic, for example curl -u NAME:PASSWORD). The README's \u201cPutting the"
            + " line on the internet\u201d says how users are configured.");
  }

  /** 403 for a user without the role. */
  static ApiProblem notAnOperator() {
    return ApiProblem.forbidden("This takes a user with the role '" + ROLE + "'.");
  }

  private static ApiProblem off(OperatorSwitch feature) {
    return ApiProblem.notFound(
        "Off on this server: "
            + feature.feature()
            + feature.setting().map(key -> " (" + key + " is not true)").orElse("")
            + ".");
  }

  private static OperatorSwitch switchOf(ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    OperatorOnly marked = method == null ? null : method.getAnnotation(OperatorOnly.class);
    if (marked == null && resource.getResourceClass() != null) {
      marked = resource.getResourceClass().getAnnotation(OperatorOnly.class);
    }
    return marked == null ? OperatorSwitch.ALWAYS : marked.value();
  }
}
