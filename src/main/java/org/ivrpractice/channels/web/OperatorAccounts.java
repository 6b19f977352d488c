package org.ivrpractice.channels.web;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Who may sign in as an operator, and the refusal to start a server that has an operator feature on
 * and nobody who may use it: an endpoint that can only answer 401 is a mistake in the
 * configuration, said once at start-up rather than found by the first person who needs it.
 *
 * <p>Operators are the users of the configuration ({@code
 * quarkus.security.users.embedded.users.<name>}) whose roles ({@code
 * quarkus.security.users.embedded.roles.<name>}) include {@value OperatorGuard#ROLE}, or, when an
 * OpenID Connect server is configured ({@code quarkus.oidc.auth-server-url}), the users it vouches
 * for.
 */
@ApplicationScoped
public class OperatorAccounts {

  private static final Logger LOG = Logger.getLogger(OperatorAccounts.class);

  static final String USERS = "quarkus.security.users.embedded.users";
  static final String ROLES = "quarkus.security.users.embedded.roles";
  static final String OIDC_ON = "quarkus.oidc.tenant-enabled";
  static final String OIDC_SERVER = "quarkus.oidc.auth-server-url";
  static final String OIDC_KEY = "quarkus.oidc.public-key";

  private final SmallRyeConfig config;

  public OperatorAccounts(Config config) {
    this.config = config.unwrap(SmallRyeConfig.class);
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.getOptionalValue("quarkus.http.host-enabled", Boolean.class).orElse(true)) {
      return; // a command of the command line, not the server
    }
    List<OperatorSwitch> on =
        Arrays.stream(OperatorSwitch.values())
            .filter(s -> s.setting().isPresent() && OperatorGuard.isOn(config, s))
            .toList();
    if (on.isEmpty()) {
      return;
    }
    List<String> settings = on.stream().map(s -> s.setting().orElseThrow() + "=true").toList();
    if (operators().isEmpty() && !openIdConnect()) {
      throw new IllegalStateException(
          "refusing to start: "
              + String.join(", ", settings)
              + " but no user has the role '"
              + OperatorGuard.ROLE
              + "', so nobody could use it. Add one (quarkus.security.users.embedded.users.NAME"
              + " with its password hash and quarkus.security.users.embedded.roles.NAME="
              + OperatorGuard.ROLE
              + ") or turn the feature off; the README's \u201cPutting the line on the"
              + " internet\u201d shows how.");
    }
    LOG.infof(
        "Operator features on: %s; %d operator(s) may sign in%s",
        String.join(", ", settings),
        operators().size(),
        openIdConnect() ? ", and the OpenID Connect provider's operators" : "");
  }

  /** True when an OpenID Connect provider's tokens are taken (on, and named by URL or key). */
  boolean openIdConnect() {
    return config.getOptionalValue(OIDC_ON, Boolean.class).orElse(false)
        && (config.getOptionalValue(OIDC_SERVER, String.class).isPresent()
            || config.getOptionalValue(OIDC_KEY, String.class).isPresent());
  }

  /** The names of the configured users with the operator role. */
  TreeSet<String> operators() {
    Map<String, String> users = map(USERS);
    Map<String, String> roles = map(ROLES);
    TreeSet<String> operators = new TreeSet<>();
    users.forEach(
        (name, password) -> {
          String granted = roles.getOrDefault(name, "");
          boolean operator =
              Arrays.stream(granted.split(","))
                  .map(String::strip)
                  .anyMatch(OperatorGuard.ROLE::equals);
          if (operator && !password.isBlank()) {
            operators.add(name);
          }
        });
    return operators;
  }

  private Map<String, String> map(String name) {
    return config.getOptionalValues(name, String.class, String.class).orElse(Map.of());
  }
}
