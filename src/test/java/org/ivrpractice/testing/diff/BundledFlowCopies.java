package org.ivrpractice.testing.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of the bundled {@code ivr-flows} folder for the diff tests, and the edits they make to a
 * copy (the repository's folder is never touched).
 */
public final class BundledFlowCopies {

  private static final Path BUNDLED = Path.of("ivr-flows");

  private BundledFlowCopies() {}

  /** Copies every file of the bundled folder into {@code folder} (created if needed). */
  public static Path copy(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    return folder;
  }

  /**
   * In card-services: the English main-menu intro reworded (two words longer), and "more options"
   * moved from key 6 to key 9, as many lines offer it; the generated prompt says so by itself.
   */
  public static void rewordIntroAndMoveMoreOptions(Path folder) throws IOException {
    Path flow = folder.resolve("card-services.yaml");
    replace(
        flow,
        "en-US: \"Main menu. You can press 0 for an agent at any time.\"",
        "en-US: \"Main menu. You can press 0 at any time to speak with an agent.\"");
    replace(
        flow,
        "      - digit: 6\n        label: { en-US: more options",
        "      - digit: 9\n        label: { en-US: more options");
  }

  /**
   * In card-services: comments reworded and added, a queue's labels written as a block, blank
   * lines: nothing a caller can notice.
   */
  public static void editCommentsAndLayoutOnly(Path folder) throws IOException {
    Path flow = folder.resolve("card-services.yaml");
    replace(
        flow, "# Main menu (after 1 English / 2 español):", "# The main menu, after the language:");
    replace(
        flow,
        "    label: { en-US: Customer care, es-US: Atención al cliente }\n",
        "    # the label callers hear while they hold\n"
            + "    label:\n"
            + "      en-US: Customer care\n"
            + "      es-US: Atención al cliente\n\n");
    replace(
        flow,
        "  more-options:\n    type: menu\n",
        "\n\n  more-options:   # the second menu\n    type:   menu\n");
  }

  /** Replaces text that must be there (so that an edit never silently does nothing). */
  public static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " no longer contains: " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
