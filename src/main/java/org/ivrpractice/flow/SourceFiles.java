package org.ivrpractice.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Where flow files come from: the disk, or a map of texts (a revision's sources, tests). */
interface SourceFiles {
  String read(String name) throws IOException;

  boolean exists(String name);

  /** The name of {@code fileName} in the same folder as {@code name}. */
  String sibling(String name, String fileName);

  /** The names (without folder) of the files in the same folder as {@code name}. */
  List<String> siblings(String name);

  static SourceFiles disk() {
    return new SourceFiles() {
      public String read(String name) throws IOException {
        return Files.readString(Path.of(name), StandardCharsets.UTF_8);
      }

      public boolean exists(String name) {
        return Files.isRegularFile(Path.of(name));
      }

      public String sibling(String name, String fileName) {
        Path parent = Path.of(name).getParent();
        return parent == null ? fileName : parent.resolve(fileName).toString();
      }

      public List<String> siblings(String name) {
        Path parent = Path.of(name).toAbsolutePath().getParent();
        try (Stream<Path> list = Files.list(parent)) {
          return list.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
          return List.of();
        }
      }
    };
  }

  static SourceFiles memory(Map<String, String> texts) {
    return new SourceFiles() {
      public String read(String name) throws IOException {
        String text = texts.get(name);
        if (text == null) {
          throw new IOException("no such file");
        }
        return text;
      }

      public boolean exists(String name) {
        return texts.containsKey(name);
      }

      public String sibling(String name, String fileName) {
        return fileName;
      }

      public List<String> siblings(String name) {
        return List.copyOf(texts.keySet());
      }
    };
  }
}
