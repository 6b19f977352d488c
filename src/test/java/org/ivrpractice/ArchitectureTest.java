package org.ivrpractice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core (flow model, engine, flow tests) knows nothing of Quarkus, Jakarta, Vert.x or Twilio.
 */
class ArchitectureTest {

  private static final Pattern FRAMEWORK_IMPORT =
      Pattern.compile(
          "^import (static )?(io\\.quarkus|jakarta|javax\\.ws|com\\.twilio|io\\.vertx|io\\.smallrye|org\\.jboss)\\..*");

  @ParameterizedTest
  @ValueSource(strings = {"flow", "engine", "testing"})
  void corePackageImportsNoFramework(String pkg) throws IOException {
    Path dir = Path.of("src/main/java/org/ivrpractice", pkg);
    List<String> offending = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          for (String line : Files.readAllLines(file)) {
            if (FRAMEWORK_IMPORT.matcher(line.strip()).matches()) {
              offending.add(dir.relativize(file) + ": " + line.strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine"})
  void engineImportsNoJackson(String pkg) throws IOException {
    Path dir = Path.of("src/main/java/org/ivrpractice", pkg);
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> offending =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> read(f).contains("import com.fasterxml"))
              .map(f -> f.getFileName().toString())
              .toList();
      assertEquals(List.of(), offending, "the engine is JDK only");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
