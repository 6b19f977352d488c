package org.ivrpractice.channels.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ivrpractice.flow.FlowLoader;

/**
 * The files of the flows folder as the editor reads and writes them: a flow's file ({@code
 * <id>.yaml}) with the SHA-256 of its bytes, the folder's flow and data files as text (to load the
 * folder with a draft in place of one file), and an atomic save that refuses to overwrite a file
 * that changed since it was read. A flow is found by listing the folder, never by joining the id
 * into a path, so no id can name a file outside it.
 */
final class FlowFiles {

  /** A flow's file as it is on disk. */
  record Source(String file, String text, String hash) {}

  /** What a save did. */
  sealed interface Saved {
    /** The file now holds the draft; its bytes hash to {@code hash}. */
    record Written(String file, String hash) implements Saved {}

    /** The file's bytes hash to {@code current}, not to the hash the editor read. */
    record Changed(String current) implements Saved {}
  }

  private final Path folder;

  FlowFiles(Path folder) {
    this.folder = folder;
  }

  /** The file name of flow {@code id} when the folder holds that flow file. */
  Optional<String> fileOf(String id) {
    String name = id + ".yaml";
    return id.isBlank() || !FlowLoader.isFlowFile(name) || !names().contains(name)
        ? Optional.empty()
        : Optional.of(name);
  }

  /** The ids of the folder's flow files (lines and sub-flows), in order. */
  List<String> flowIds() {
    return names().stream()
        .filter(n -> n.endsWith(".yaml") && FlowLoader.isFlowFile(n))
        .map(n -> n.substring(0, n.length() - ".yaml".length()))
        .toList();
  }

  Source read(String file) {
    byte[] bytes = bytes(folder.resolve(file));
    return new Source(file, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
  }

  /**
   * The folder's flow and practice data files by file name, with {@code draft} in place of {@code
   * file}.
   */
  Map<String, String> textsWith(String file, String draft) {
    Map<String, String> texts = new TreeMap<>(FlowLoader.folderTexts(folder));
    texts.put(file, draft);
    return texts;
  }

  /** The text of {@code file} in the folder, when there is one. */
  Optional<String> textOf(String file) {
    return names().contains(file) ? Optional.of(read(file).text()) : Optional.empty();
  }

  /**
   * Writes {@code text} to {@code file} if its bytes still hash to {@code base}: to a temporary
   * file in the folder first, then moved over the file in one step where the file system can
   * (readers see the old file or the new one, never half of one). One save at a time.
   */
  synchronized Saved save(String file, String text, String base) {
    Path target = folder.resolve(file);
    String current = sha256(bytes(target));
    if (!current.equals(base)) {
      return new Saved.Changed(current);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + file + ".", ".saving");
      Files.write(temporary, bytes);
      keepPermissions(target, temporary);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Saved.Written(file, sha256(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + target, e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A temporary file is readable by its owner only: the saved flow keeps the file's modes. */
  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null) {
      Files.setPosixFilePermissions(to, view.readAttributes().permissions());
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a left-over temporary file does not end in .yaml: no loader reads it
    }
  }

  private List<String> names() {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
