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

/** The analysis commands as a user runs them: explore, test --coverage, and check's lint. */
@QuarkusMainTest
class AnalysisCommandsTest {

  @Test
  void exploreReportsTheRoutesOfTheHelloLine(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("explore", "ivr-flows/hello.yaml");

    assertEquals(0, result.exitCode(), result.getOutput() + result.getErrorOutput());
    String out = result.getOutput();
    assertTrue(out.matches("(?s).*hello: 8 states explored in \\d+ ms.*"), out);
    assertTrue(out.contains("queue agents"), out);
    assertTrue(out.contains("Agent, quickest: press 0 (about 13 s)"), out);
    assertTrue(out.contains("No problems found."), out);
  }

  @Test
  void exploreWritesScenariosThatPass(QuarkusMainLauncher launcher, @TempDir Path dir)
      throws IOException {
    Files.copy(Path.of("ivr-flows/hello.yaml"), dir.resolve("hello.yaml"));

    LaunchResult explored =
        launcher.launch("explore", dir.toString(), "--write-scenarios", dir.toString());
    assertEquals(0, explored.exitCode(), explored.getOutput());
    assertTrue(Files.exists(dir.resolve("hello.scenarios.yaml")), explored.getOutput());

    LaunchResult tested = launcher.launch("test", dir.toString());
    assertEquals(0, tested.exitCode(), tested.getOutput());
    assertEquals("3 passed, 0 failed", lastLine(tested.getOutput()), tested.getOutput());
  }

  @Test
  void testWithCoveragePrintsTheTableAndWritesItsFiles(
      QuarkusMainLauncher launcher, @TempDir Path dir) {
    LaunchResult result =
        launcher.launch(
            "test",
            "--coverage",
            "--coverage-dir",
            dir.toString(),
            "ivr-flows/hello.scenarios.yaml");

    assertEquals(0, result.exitCode(), result.getOutput());
    String out = result.getOutput();
    assertTrue(out.contains("Coverage\n"), out);
    assertTrue(Files.exists(dir.resolve("coverage.json")), out);
    assertTrue(Files.exists(dir.resolve("scenarios-junit.xml")), out);
    assertTrue(out.matches("(?s).*\\n  hello +5/5 100%.*"), out);
    assertTrue(!out.contains("card-services"), "only the flows tested are covered: " + out);
    assertTrue(lastLine(out).matches("\\d+ passed, 0 failed"), out);
  }

  /** The last line the command printed (Quarkus's own log lines set aside). */
  private static String lastLine(String output) {
    List<String> lines = output.strip().lines().filter(l -> !l.contains("[io.quarkus]")).toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void checkLintsTheBundledFlowsWithoutErrors(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("check", "ivr-flows");

    assertEquals(0, result.exitCode(), result.getOutput());
    assertTrue(result.getOutput().contains("Lint: 0 errors, "), result.getOutput());
  }

  @Test
  void checkFailsOnAPromptThatNamesAKeyNoOptionHas(QuarkusMainLauncher launcher, @TempDir Path dir)
      throws IOException {
    String flow =
        Files.readString(Path.of("ivr-flows/hello.yaml"))
            .replaceFirst(
                "\n  main:\n    type: menu.*\n",
                "\n  main:\n    type: menu\n"
                    + "    prompt: \"For opening hours, press 1. For a joke, press 3.\"\n");
    Files.writeString(dir.resolve("hello.yaml"), flow);

    LaunchResult result = launcher.launch("check", dir.toString());

    assertEquals(1, result.exitCode(), result.getOutput());
    String out = result.getOutput();
    assertTrue(
        out.matches(
            "(?s).*hello\\.yaml:\\d+:\\d+: error \\[prompt-digit-mismatch\\] \\[main\\] the en-US"
                + " prompt says to press 3, but no option or escape of this menu answers to 3.*"),
        out);
    assertTrue(out.contains("Lint: 2 errors, "), out);
  }
}
