package org.ivrpractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the source tree for {@link ArchitectureTest}: which of our packages each file uses. */
final class PackageRules {

  /** A use of one of our packages in code: an import or a qualified name. */
  private static final Pattern USE = Pattern.compile("\\borg\\.ivrpractice\\.([a-z]+)\\.");

  private static final Pattern FRAMEWORK_IMPORT =
      Pattern.compile(
          "^import (static )?(io\\.quarkus|jakarta|javax\\.ws|com\\.twilio|io\\.vertx|io\\.smallrye|org\\.jboss)\\..*");

  private PackageRules() {}

  /**
   * Every use of a package that {@code mayUse} does not allow, as {@code file:line uses pkg}, and
   * every package named there but missing from the tree, or present but not named.
   */
  static List<String> violations(Path root, Map<String, Set<String>> mayUse) throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> present = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(Files::isDirectory).forEach(d -> present.add(d.getFileName().toString()));
    }
    for (String pkg : new TreeSet<>(mayUse.keySet())) {
      if (!present.contains(pkg)) {
        found.add(pkg + ": no such package");
      }
    }
    for (String pkg : present) {
      if (!mayUse.containsKey(pkg)) {
        found.add(pkg + ": a package the rules do not name");
        continue;
      }
      for (Path file : javaFiles(root.resolve(pkg))) {
        found.addAll(uses(root, file, pkg, mayUse.get(pkg)));
      }
    }
    return found;
  }

  /** The imports of Quarkus, Jakarta, Vert.x, SmallRye, JBoss or Twilio under {@code dir}. */
  static List<String> frameworkImports(Path dir) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles(dir)) {
      for (String line : Files.readAllLines(file)) {
        if (FRAMEWORK_IMPORT.matcher(line.strip()).matches()) {
          found.add(dir.relativize(file) + ": " + line.strip());
        }
      }
    }
    return found;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> uses(Path root, Path file, String pkg, Set<String> allowed) {
    List<String> found = new ArrayList<>();
    List<String> lines = read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("package ") || line.startsWith("*") || line.startsWith("/")) {
        continue;
      }
      Matcher m = USE.matcher(line);
      while (m.find()) {
        String used = m.group(1);
        if (!used.equals(pkg) && !allowed.contains(used)) {
          found.add(
              root.relativize(file).toString().replace('\\', '/')
                  + ":"
                  + (i + 1)
                  + " uses "
                  + used
                  + " ("
                  + pkg
                  + " may use only "
                  + new TreeSet<>(allowed)
                  + ")");
        }
      }
    }
    return found;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
