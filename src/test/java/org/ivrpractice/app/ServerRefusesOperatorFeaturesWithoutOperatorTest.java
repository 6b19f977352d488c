package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server with practice calls turned on and no user who may place them does not start, and says
 * why and what to do.
 */
@QuarkusMainTest
@TestProfile(ServerRefusesOperatorFeaturesWithoutOperatorTest.NoOperator.class)
class ServerRefusesOperatorFeaturesWithoutOperatorTest {

  /** Practice calls on; one user, but not an operator. */
  public static class NoOperator implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "ivr.practice-calls.enabled", "true",
          "quarkus.security.users.embedded.users.trainee", "0123456789abcdef",
          "quarkus.security.users.embedded.roles.trainee", "trainee",
          "quarkus.http.host-enabled", "true");
    }
  }

  /** The command-line tests switch the HTTP listener off through a system property: back on. */
  @BeforeAll
  static void serverMode() {
    System.clearProperty("quarkus.http.host-enabled");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesToStartAndSaysWhatIsMissing(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch();

    assertNotEquals(0, result.exitCode());
    String log = result.getOutput() + result.getErrorOutput();
    assertTrue(
        log.contains(
            "refusing to start: ivr.practice-calls.enabled=true but no user has the role"
                + " 'operator'"),
        log);
    assertTrue(log.contains("quarkus.security.users.embedded.roles.NAME=operator"), log);
  }
}
