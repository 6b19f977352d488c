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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import studio|connect}: the imported line checks, simulates, explores and tests. */
@QuarkusMainTest
class ImportCommandTest {

  private static final String STUDIO = "src/test/resources/import/studio/";

  @Test
  void anImportedStudioLineChecksSimulatesAndItsExploredScenariosPass(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    LaunchResult imported =
        launcher.launch("import", "studio", STUDIO + "support-line.json", "--out", dir.toString());
    assertEquals(0, imported.exitCode(), imported.getOutput() + imported.getErrorOutput());
    assertTrue(imported.getOutput().contains("Wrote " + dir.resolve("support-line.yaml")));
    assertTrue(
        imported.getOutput().contains("warning [studio-endless-loop] [main_menu]"),
        imported.getOutput());

    LaunchResult check = launcher.launch("check", dir.toString());
    assertEquals(0, check.exitCode(), check.getOutput());

    Path keys = Files.writeString(dir.resolve("call.txt"), "2\n222222\n");
    LaunchResult call =
        launcher.launch(
            "simulate", "support-line", "--flows", dir.toString(), "--script", keys.toString());
    assertEquals(0, call.exitCode(), call.getOutput() + call.getErrorOutput());
    assertTrue(call.getOutput().contains("Order 222222 has shipped."), call.getOutput());

    LaunchResult explore =
        launcher.launch("explore", "--write-scenarios", dir.toString(), dir.toString());
    assertEquals(0, explore.exitCode(), explore.getOutput());
    assertTrue(Files.exists(dir.resolve("support-line.scenarios.yaml")), explore.getOutput());
    LaunchResult test = launcher.launch("test", dir.toString());
    assertEquals(0, test.exitCode(), test.getOutput());
  }

  @Test
  void aFailingImportReportsEverythingAtOnceAndWritesNothing(
      QuarkusMainLauncher launcher, @TempDir Path dir) {
    LaunchResult result =
        launcher.launch(
            "import", "studio", STUDIO + "broken-widgets.json", "--out", dir.toString());
    assertEquals(1, result.exitCode());
    String out = result.getOutput();
    assertTrue(out.contains("broken-widgets.json:20:16: [greeting]"), out);
    assertTrue(out.contains("broken-widgets.json:23:5: [text_receipt]"), out);
    assertTrue(out.contains("5 problems in 1 file."), out);
    assertTrue(out.contains("Nothing was written"), out);
    assertFalse(Files.exists(dir.resolve("broken-widgets.yaml")));
  }

  @Test
  void anExistingFileIsLeftAloneWithoutForce(QuarkusMainLauncher launcher, @TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("order-line.yaml"), "mine");
    String file = "src/test/resources/import/connect/order-line.json";
    LaunchResult result = launcher.launch("import", "connect", file, "--out", dir.toString());
    assertEquals(1, result.exitCode());
    assertTrue(result.getOutput().contains("give --force"), result.getOutput());
    assertEquals("mine", Files.readString(dir.resolve("order-line.yaml")));
  }

  @Test
  void exportedHelloImportsBackAndItsScenariosPass(QuarkusMainLauncher launcher, @TempDir Path dir)
      throws IOException {
    Path json = dir.resolve("hello.json");
    LaunchResult export = launcher.launch("export", "studio", "hello", "--out", json.toString());
    assertEquals(0, export.exitCode(), export.getOutput());
    assertTrue(Files.readString(json).contains("\"initial_state\" : \"Trigger\""));
    Path back = dir.resolve("back");
    assertEquals(
        0,
        launcher.launch("import", "studio", json.toString(), "--out", back.toString()).exitCode());
    Files.copy(Path.of("ivr-flows/hello.scenarios.yaml"), back.resolve("hello.scenarios.yaml"));
    LaunchResult test = launcher.launch("test", back.toString());
    assertEquals(0, test.exitCode(), test.getOutput());
  }

  @Test
  void exportedCardServicesImportsBackWithItsSubflowsAndItsScenariosPass(
      QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
    Path json = dir.resolve("card-services.json");
    LaunchResult export =
        launcher.launch("export", "studio", "card-services", "--out", json.toString());
    assertEquals(0, export.exitCode(), export.getOutput());
    assertTrue(
        Files.readString(json)
            .contains("\"url\" : \"https://example.invalid/functions/ivr-lookup\""));
    Path back = dir.resolve("back");
    LaunchResult imported =
        launcher.launch("import", "studio", json.toString(), "--out", back.toString());
    assertEquals(0, imported.exitCode(), imported.getOutput());
    for (String file : java.util.List.of("card-services.data.yaml", "verify-card.yaml")) {
      assertTrue(Files.exists(back.resolve(file)), imported.getOutput());
    }
    Files.copy(
        Path.of("ivr-flows/card-services.scenarios.yaml"),
        back.resolve("card-services.scenarios.yaml"));
    LaunchResult test = launcher.launch("test", back.toString());
    assertEquals(0, test.exitCode(), test.getOutput());
    assertTrue(test.getOutput().contains("100 passed, 0 failed"), test.getOutput());
  }
}
