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

/** A server pointed at a broken flow does not start, and says every problem. */
@QuarkusMainTest
@TestProfile(ServerRefusesBrokenFlowsTest.BrokenFlows.class)
class ServerRefusesBrokenFlowsTest {

  /** Points the server at a folder with a broken flow. */
  public static class BrokenFlows implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "ivr.flows.dir", "src/test/resources/broken-flows",
          "ivr.flows.validate-on-start", "true",
          "quarkus.http.host-enabled", "true");
    }
  }

  /**
   * The command-line tests run {@code Main} with arguments, which switches validation off through
   * system properties that outlive them in this JVM: switch it back on for the server.
   */
  @BeforeAll
  static void serverMode() {
    System.clearProperty("quarkus.http.host-enabled");
    System.clearProperty("ivr.flows.validate-on-start");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesToStartAndLogsEveryProblem(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch();

    assertNotEquals(0, result.exitCode());
    String log = result.getOutput() + result.getErrorOutput();
    assertTrue(log.contains("broken.yaml:6:5: [welcome] next goes to unknown node [mian]"), log);
    assertTrue(log.contains("broken.yaml:16:5: [agent] the queue 'agents' is not declared"), log);
    assertTrue(log.contains("refusing to start: 2 problem(s) in the flows"), log);
  }
}
