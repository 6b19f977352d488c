package org.ivrpractice.channels.twilio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the bundled flows folder for a test to edit (the repo's {@code ivr-flows} never is).
 */
final class BundledFlowsCopy {

  private BundledFlowsCopy() {}

  /** Copies every file of {@code ivr-flows} into {@code folder} (made if need be). */
  static Path into(Path folder) {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> files = Files.list(Path.of("ivr-flows"))) {
        for (Path file : files.toList()) {
          Files.copy(file, folder.resolve(file.getFileName()));
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
