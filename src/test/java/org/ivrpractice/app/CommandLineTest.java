package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The jar's commands, run as a user runs them. */
@QuarkusMainTest
class CommandLineTest {

  @Test
  void checkAcceptsTheBundledFlows(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("check", "ivr-flows");
    assertEquals(0, result.exitCode(), result.getOutput() + result.getErrorOutput());
    assertTrue(result.getOutput().contains("OK: "), result.getOutput());
    assertTrue(result.getOutput().contains("card-services"), result.getOutput());
  }

  @Test
  void checkPrintsOnlyWhatTheUserAskedForNoFrameworkLines(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("check", "ivr-flows");
    String all = result.getOutput() + "\n" + result.getErrorOutput();
    for (String line : all.lines().toList()) {
      assertTrue(
          !line.contains("WARN") && !line.contains("INFO") && !line.contains("io.quarkus"),
          "a framework line: " + line);
    }
    assertTrue(
        result
            .getOutput()
            .contains("OK: 3 lines (business-card, card-services, hello), 5 sub-flows"),
        result.getOutput());
    assertTrue(
        result.getOutput().contains("silenced by a node's 'lint: ignore'"), result.getOutput());
  }

  @Test
  void versionPrintsTheProjectsVersionAndHelpWholeSentences(QuarkusMainLauncher launcher) {
    LaunchResult version = launcher.launch("--version");
    assertTrue(
        version.getOutput().strip().matches("ivr-practice \\d+\\.\\d+\\.\\d+.*"),
        version.getOutput());
    LaunchResult help = launcher.launch("--help");
    for (String command : List.of("check", "simulate", "test", "explore", "diff")) {
      String entry =
          help.getOutput()
              .lines()
              .dropWhile(l -> !l.strip().startsWith(command + " "))
              .findFirst()
              .orElseThrow();
      String described =
          help.getOutput()
              .substring(help.getOutput().indexOf(entry))
              .lines()
              .takeWhile(l -> l.equals(entry) || l.startsWith("              "))
              .map(String::strip)
              .reduce((a, b) -> a + " " + b)
              .orElseThrow();
      assertTrue(described.endsWith("."), "a whole sentence: " + described);
    }
  }

  @Test
  void checkPrintsEveryProblemWithItsPlaceAndFailsOnABrokenCopy(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    String flow =
        Files.readString(Path.of("ivr-flows/hello.yaml"))
            .replace("goto: hours", "goto: hourz")
            .replace("type: hangup\n    prompt: \"Why", "type: hangup\n    promt: \"Why")
            .replace("queue: agents", "queue: agentz");
    Files.writeString(dir.resolve("hello.yaml"), flow);

    LaunchResult result = launcher.launch("check", dir.toString());

    assertEquals(1, result.exitCode(), result.getOutput());
    String out = result.getOutput();
    String file = dir.resolve("hello.yaml").toString();
    assertTrue(out.contains(file + ":"), out);
    assertTrue(
        out.matches("(?s).*:\\d+:\\d+: \\[main\\] option 1 goes to unknown node \\[hourz\\].*"),
        out);
    assertTrue(
        out.matches(
            "(?s).*:\\d+:\\d+: \\[joke\\] a hangup node has no key 'promt'.*did you mean 'prompt'.*"),
        out);
    assertTrue(
        out.matches("(?s).*:\\d+:\\d+: \\[agent\\] the queue 'agentz' is not declared.*"), out);
    assertTrue(out.contains("3 problems in 1 file."), out);
  }

  @Test
  void checkReportsAMissionWhoseGoalNamesNoNode(QuarkusMainLauncher launcher, @TempDir Path dir)
      throws IOException {
    Files.copy(Path.of("ivr-flows/hello.yaml"), dir.resolve("hello.yaml"));
    Files.writeString(
        dir.resolve("hello.missions.yaml"),
        Files.readString(Path.of("ivr-flows/hello.missions.yaml"))
            .replace("goal: { node: hours }", "goal: { node: hourz }"));

    LaunchResult result = launcher.launch("check", dir.toString());

    assertEquals(1, result.exitCode(), result.getOutput());
    assertTrue(result.getOutput().contains("hello.missions.yaml:"), result.getOutput());
    assertTrue(result.getOutput().contains("hourz"), result.getOutput());
  }

  @Test
  void checkSaysWhenAPathDoesNotExist(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("check", "no-such-folder");
    assertEquals(1, result.exitCode());
    assertTrue(
        result.getOutput().contains("no-such-folder: no such file or folder"), result.getOutput());
  }

  @Test
  void simulateReachesTheReplacementCardWithTheCardNumberMasked(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    Path keys = Files.writeString(dir.resolve("call.txt"), "1\n1\n378282246310005#\n1\n2\n");
    LaunchResult result = launcher.launch("simulate", "card-services", "--script", keys.toString());

    assertEquals(0, result.exitCode(), result.getErrorOutput());
    String out = result.getOutput();
    assertTrue(out.contains("This is a practice line, not a bank"), out);
    assertTrue(out.contains("you press •••••••••••0005#"), out);
    assertFalse(out.contains("378282246310005"), "the card number must not be printed: " + out);
    assertTrue(out.contains("Your reference number is"), out);
    assertTrue(out.contains("Call ended: the line said goodbye (self-served)."), out);
  }

  @Test
  void simulateMasksACardNumberTypedAtAMenuAsWellAsAtTheCardPrompt(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    Path keys = Files.writeString(dir.resolve("call.txt"), "378282246310005#\n1\n");
    LaunchResult result = launcher.launch("simulate", "card-services", "--script", keys.toString());

    assertEquals(0, result.exitCode(), result.getErrorOutput());
    String out = result.getOutput() + result.getErrorOutput();
    assertTrue(out.contains("you press •••••••••••0005#"), out);
    assertFalse(out.contains("378282246310005"), "the card number must not be printed: " + out);
  }

  @Test
  void simulateSaysAgentToReachAQueue(QuarkusMainLauncher launcher, @TempDir Path dir)
      throws IOException {
    Path words =
        Files.writeString(
            dir.resolve("call.txt"), "1\nsay um, I want to talk to an agent please\n");
    LaunchResult result =
        launcher.launch("simulate", "card-services", "--script", words.toString());

    assertEquals(0, result.exitCode(), result.getErrorOutput());
    assertTrue(result.getOutput().contains("Call ended: transferred to"), result.getOutput());
  }

  @Test
  void simulateNamesTheFlowsWhenTheIdIsUnknown(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("simulate", "card-servces");
    assertEquals(2, result.exitCode());
    assertTrue(
        result.getErrorOutput().contains("No runnable flow 'card-servces'"),
        result.getErrorOutput());
    assertTrue(result.getErrorOutput().contains("card-services"), result.getErrorOutput());
  }

  @Test
  void diffOfACopyWithOnlyACommentAddedSaysNoChangeAndNothingElse(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    Path copy = dir.resolve("hello.yaml");
    Files.writeString(
        copy,
        "# The teaching example, copied.\n" + Files.readString(Path.of("ivr-flows/hello.yaml")));

    LaunchResult result =
        launcher.launch("diff", "ivr-flows/hello.yaml", copy.toString(), "--fail-on-change");

    assertEquals(0, result.exitCode(), result.getOutput() + result.getErrorOutput());
    assertEquals("No change for callers.", result.getOutput().strip());
    assertEquals("", result.getErrorOutput().strip());
  }

  @Test
  void helpListsTheCommands(QuarkusMainLauncher launcher) {
    LaunchResult result = launcher.launch("--help");
    assertEquals(0, result.exitCode());
    assertTrue(result.getOutput().contains("check"), result.getOutput());
    assertTrue(result.getOutput().contains("simulate"), result.getOutput());
  }
}
