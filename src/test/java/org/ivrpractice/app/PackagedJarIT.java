package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The commands exactly as the README and the issues show them: {@code java -jar
 * target/quarkus-app/quarkus-run.jar ...} in a process of its own, its standard error merged into
 * its output ({@code 2>&1}), with the packaged jar's own logging. {@code CommandLineTest} checks
 * the same commands in the test JVM; Quarkus's launcher for packaged-jar tests adds log settings of
 * its own, so this one starts the jar itself.
 */
class PackagedJarIT {

  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

  private record Run(int exitCode, String output) {}

  private static Run run(String stdin, String... args) throws IOException, InterruptedException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: integration tests run after package");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running: " + output);
    return new Run(process.exitValue(), output);
  }

  @Test
  void checkPrintsOnlyWhatTheUserAskedFor() throws Exception {
    Run check = run("", "check");

    assertEquals(0, check.exitCode(), check.output());
    assertTrue(check.output().startsWith("OK: 3 lines ("), check.output());
    for (String line : check.output().lines().toList()) {
      assertFalse(
          line.contains("WARN") || line.contains("INFO") || line.contains("io.quarkus"),
          "a framework line: " + line);
    }
  }

  @Test
  void aCardNumberTypedAtTheFirstMenuIsShownMasked() throws Exception {
    Run call = run("378282246310005#\n1\n", "simulate", "card-services");

    assertEquals(0, call.exitCode(), call.output());
    assertTrue(call.output().contains("you press •••••••••••0005#"), call.output());
    assertFalse(call.output().contains("378282246310005"), call.output());
    assertFalse(call.output().contains("INFO"), call.output());
  }

  @Test
  void versionPrintsTheProjectsVersionAlone() throws Exception {
    Run version = run("", "--version");

    assertEquals(0, version.exitCode(), version.output());
    assertTrue(
        version.output().strip().matches("ivr-practice \\d+\\.\\d+\\.\\d+\\S*"), version.output());
  }
}
