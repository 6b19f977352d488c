package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crowd} as a user runs it. */
@QuarkusMainTest
class CrowdCommandTest {

  @Test
  void printsThePredictionAndTheSameForTheSameSeed(QuarkusMainLauncher launcher) {
    LaunchResult first =
        launcher.launch("crowd", "card-services", "--callers", "400", "--seed", "3");
    LaunchResult again =
        launcher.launch("crowd", "card-services", "--callers", "400", "--seed", "3");

    assertEquals(0, first.exitCode(), first.getOutput() + first.getErrorOutput());
    String out = first.getOutput();
    assertTrue(out.contains("Practice crowd of card-services: 400 simulated callers, seed 3"), out);
    assertTrue(out.matches("(?s).*Predicted containment +\\d+\\.\\d%.*"), out);
    assertTrue(out.matches("(?s).*Time to agent +median \\S+.*, 90th percentile .*"), out);
    assertTrue(out.contains("Transfers per queue\n  agents"), out);
    assertTrue(out.contains("Where callers hung up"), out);
    assertTrue(out.contains("  impatient "), out);
    assertTrue(out.contains("Profiles from ivr-flows/crowd.yaml."), out);
    assertTrue(
        out.matches(
            "(?s).*Ran 400 callers in \\d+\\.\\d s \\(the line explored in \\d+\\.\\d s, the calls in"
                + " \\d+\\.\\d s\\) on \\d+ cores\\..*"),
        out);
    assertEquals(withoutRuntime(out), withoutRuntime(again.getOutput()));
  }

  /** The report itself: from its title to the runtime, which changes from run to run. */
  private static String withoutRuntime(String out) {
    String report = out.substring(out.indexOf("Practice crowd of"));
    return report.replaceAll("Ran \\d+ callers in .*", "");
  }

  @Test
  void printsJsonMarkedSimulated(QuarkusMainLauncher launcher) throws IOException {
    LaunchResult result =
        launcher.launch("crowd", "hello", "--callers", "50", "--seed", "1", "--json");

    assertEquals(0, result.exitCode(), result.getOutput() + result.getErrorOutput());
    JsonNode json = new ObjectMapper().readTree(result.getOutput());
    assertEquals(50, json.get("callers").asInt());
    assertEquals(50, json.get("report").get("calls").asInt());
    assertTrue(json.get("report").get("simulated").asBoolean());
    assertEquals(50, json.get("report").get("channels").get("crowd").asInt());
    assertEquals(
        "hang-up", json.get("profiles").get(3).get("profile").get("onImpatience").asText());
  }

  @Test
  void anUnknownLineExitsWithTwoAndTheKnownLines(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("crowd", "card-servces", "--callers", "10");

    assertEquals(2, result.exitCode());
    assertTrue(
        result
            .getOutput()
            .contains(
                "There is no phone line 'card-servces' in ivr-flows. The lines are:"
                    + " business-card, card-services, hello."),
        result.getOutput());
  }

  @Test
  void aBrokenCrowdFileIsReportedWithItsLine(QuarkusMainLauncher launcher, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("my.crowd.yaml");
    Files.writeString(file, "profiles:\n  - name: rushed\n    patience-seconds: soon\n");

    LaunchResult result =
        launcher.launch("crowd", "hello", "--callers", "10", "--profiles", file.toString());

    assertEquals(1, result.exitCode(), result.getOutput());
    assertTrue(result.getOutput().contains(file + ":3:23:"), result.getOutput());
    assertTrue(
        result.getOutput().contains("'patience-seconds' is the text \"soon\""), result.getOutput());
    assertTrue(result.getOutput().contains("Fix the crowd file first"), result.getOutput());
  }
}
