package org.ivrpractice.channels.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The editor with saving on, over a copy of the bundled flows in a temporary folder: tests that
 * save write there, never to the project's {@code ivr-flows}.
 */
public class EditorSavingProfile implements QuarkusTestProfile {

  private static final Path BUNDLED = Path.of("ivr-flows");

  /**
   * Where the copy is, kept in a system property (not under {@code ivr.}, which the configuration
   * checks): Quarkus loads this class once for the test and once for the server it starts, and both
   * must find the same folder.
   */
  private static final String WHERE = "editor-test-flows";

  /** The copy the server reads and the editor writes (made on first use). */
  static synchronized Path folder() {
    String where = System.getProperty(WHERE);
    if (where != null) {
      return Path.of(where);
    }
    try {
      Path folder = Files.createTempDirectory("editor-flows");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
      System.setProperty(WHERE, folder.toString());
      reset();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts every file of the copy back as it is in the bundled flows, and nothing else in it. */
  static synchronized void reset() {
    Path copy = folder();
    try (Stream<Path> old = Files.list(copy);
        Stream<Path> bundled = Files.list(BUNDLED)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
      for (Path file : bundled.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
      Files.delete(folder);
    } catch (IOException e) {
      // the JVM is stopping: a temporary folder left behind is the system's to clear
    }
  }

  /** The operator the tests sign in as (saving is an operator's). */
  static final String OPERATOR = "editor-ops";

  static final String PASSWORD = "editor-ops-secret";

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new java.util.HashMap<>();
    config.put("ivr.flows.dir", folder().toString());
    config.put("ivr.editor.save", "true");
    config.putAll(OperatorUsers.of().user(OPERATOR, PASSWORD, "operator").settings());
    return config;
  }
}
