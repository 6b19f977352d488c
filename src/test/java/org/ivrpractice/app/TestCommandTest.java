package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test [paths]}, run as a user (or a CI job) runs it. */
@QuarkusMainTest
class TestCommandTest {

  @Test
  void bundledScenariosAllPass(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("test", "ivr-flows");

    String out = result.getOutput();
    assertEquals(0, result.exitCode(), out + result.getErrorOutput());
    assertTrue(out.contains("ivr-flows/hello.scenarios.yaml"), out);
    assertTrue(out.contains("  PASS Pressing 1 hears the opening hours ("), out);
    List<String> lines = reportLines(out);
    String last = lines.get(lines.size() - 1);
    assertTrue(last.matches("[1-9]\\d* passed, 0 failed"), "the last line: " + last);
  }

  @Test
  void brokenExpectationFailsWithTheStepAndWhatTheCallerHeard(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    Files.copy(Path.of("ivr-flows/hello.yaml"), dir.resolve("hello.yaml"));
    String scenarios =
        Files.readString(Path.of("ivr-flows/hello.scenarios.yaml"))
            .replace("hear: It lost its contacts. Goodbye.", "hear: knock knock");
    Files.writeString(dir.resolve("hello.scenarios.yaml"), scenarios);
    int line = lineOf(scenarios, "hear: knock knock");

    LaunchResult result = launcher.launch("test", dir.toString());

    String out = result.getOutput();
    assertEquals(1, result.exitCode(), out);
    assertTrue(out.contains("  FAIL Pressing 2 tells the joke ("), out);
    assertTrue(
        out.contains(
            dir.resolve("hello.scenarios.yaml") + ":" + line + ":9: hear: \"knock knock\""),
        out);
    assertTrue(out.contains("expected: to hear \"knock knock\""), out);
    assertTrue(
        out.contains(
            "heard:    \"Why did the phone wear glasses? It lost its contacts. Goodbye.\""),
        out);
    assertTrue(out.contains("      Caller: pressed 2"), out);
    assertTrue(out.lines().toList().contains("12 passed, 1 failed"), out);
  }

  @Test
  void scenarioFileMistakeIsPrintedWithItsPlaceAndFails(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    Files.copy(Path.of("ivr-flows/hello.yaml"), dir.resolve("hello.yaml"));
    Files.writeString(
        dir.resolve("hello.scenarios.yaml"),
        "flow: hello\nscenarios:\n  - name: Hours\n    steps:\n      - presss: 1\n");

    LaunchResult result = launcher.launch("test", dir.toString());

    String out = result.getOutput();
    assertEquals(1, result.exitCode(), out);
    assertTrue(
        out.contains(
            dir.resolve("hello.scenarios.yaml")
                + ":5:9: there is no step 'presss'. Fix: did you mean 'press'?"),
        out);
    assertTrue(out.contains("1 problem in 1 file."), out);
    assertTrue(out.lines().toList().contains("0 passed, 0 failed"), out);
  }

  @Test
  void helpDescribesTheCommand(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("test", "--help");

    assertEquals(0, result.exitCode());
    assertTrue(result.getOutput().contains("Runs the scenario files"), result.getOutput());
    assertTrue(result.getOutput().contains("N passed, M failed"), result.getOutput());
  }

  /** The output without the lines Quarkus logs while it starts and stops in the test profile. */
  private static List<String> reportLines(String out) {
    return out.lines().filter(l -> !l.matches("\\d{4}-\\d\\d-\\d\\d .*")).toList();
  }

  private static int lineOf(String text, String part) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + part);
  }
}
