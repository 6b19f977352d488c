package org.ivrpractice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dependencies point one way: flow &lt;- engine &lt;- {session, testing, practice} &lt;- channels
 * &lt;- app (docs/architecture.md), and the core (flow model, engine, flow tests, practice) knows
 * nothing of Quarkus, Jakarta, Vert.x or Twilio.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/org/ivrpractice");

  /** What each package may use of the others; a package not named here fails the test. */
  static final Map<String, Set<String>> MAY_USE =
      Map.of(
          "flow", Set.of(),
          "engine", Set.of("flow"),
          "testing", Set.of("flow", "engine"),
          "practice", Set.of("flow", "engine", "testing"),
          "analytics", Set.of("flow", "engine", "testing", "practice"),
          "session", Set.of("flow", "engine", "practice", "analytics"),
          "channels", Set.of("flow", "engine", "testing", "practice", "analytics", "session"),
          "interop", Set.of("flow", "engine", "testing"),
          "app",
              Set.of(
                  "flow",
                  "engine",
                  "testing",
                  "practice",
                  "analytics",
                  "session",
                  "channels",
                  "interop"));

  @Test
  void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
    assertEquals(List.of(), PackageRules.violations(MAIN, MAY_USE));
  }

  @Test
  void nothingButAppUsesTheChannels() {
    MAY_USE.forEach(
        (pkg, uses) ->
            assertTrue(pkg.equals("app") || !uses.contains("channels"), pkg + " uses channels"));
  }

  @Test
  void aPlantedUpwardImportIsFound(@TempDir Path root) throws IOException {
    for (String pkg : MAY_USE.keySet()) {
      Files.createDirectories(root.resolve(pkg));
    }
    Files.writeString(
        root.resolve("flow/Planted.java"),
        "package org.ivrpractice.flow;\n\nimport org.ivrpractice.app.Main;\n\nclass Planted {}\n");
    Files.createDirectories(root.resolve("channels/web"));
    Files.writeString(
        root.resolve("channels/web/Inline.java"),
        "package org.ivrpractice.channels.web;\n\n"
            + "class Inline { Object c = org.ivrpractice.app.FlowsConfig.class; }\n");
    Files.writeString(
        root.resolve("engine/Fine.java"),
        "package org.ivrpractice.engine;\n\nimport org.ivrpractice.flow.Flow;\n\n"
            + "/** Uses {@link org.ivrpractice.app.Main} in a comment only. */\nclass Fine {}\n");
    assertEquals(
        List.of(
            "channels/web/Inline.java:3 uses app (channels may use only [analytics, engine, flow, practice,"
                + " session, testing])",
            "flow/Planted.java:3 uses app (flow may use only [])"),
        PackageRules.violations(root, MAY_USE));
  }

  @Test
  void aMissingPackageAndAnUnnamedOneFailTheCheck(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("flow"));
    Files.createDirectories(root.resolve("stray"));
    assertEquals(
        List.of("engine: no such package", "stray: a package the rules do not name"),
        PackageRules.violations(root, Map.of("flow", Set.of(), "engine", Set.of("flow"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"flow", "engine", "testing", "practice", "analytics"})
  void corePackageImportsNoFramework(String pkg) throws IOException {
    assertTrue(Files.isDirectory(MAIN.resolve(pkg)), "no package " + pkg);
    assertEquals(List.of(), PackageRules.frameworkImports(MAIN.resolve(pkg)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine", "testing", "practice", "analytics"})
  void engineAndLibrariesImportNoJackson(String pkg) throws IOException {
    assertTrue(Files.isDirectory(MAIN.resolve(pkg)), "no package " + pkg);
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
      List<String> offending =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> PackageRules.read(f).contains("import com.fasterxml"))
              .map(f -> f.getFileName().toString())
              .toList();
      assertEquals(List.of(), offending, pkg + " is JDK only (YAML is read in flow)");
    }
  }
}
