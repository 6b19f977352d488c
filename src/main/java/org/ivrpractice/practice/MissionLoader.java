package org.ivrpractice.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;

/**
 * Loads the missions files of a flows folder ({@code <flowId>.missions.yaml}) and checks them
 * against the loaded lines. Every problem of every file is collected, as {@code file:line:column};
 * a mission with a problem is left out.
 */
public final class MissionLoader {

  /** The suffix of a missions file. */
  public static final String SUFFIX = ".missions.yaml";

  /** Missions by line, and the problems found. */
  public record MissionSet(Map<String, List<Mission>> byFlow, List<Problem> problems) {

    public List<Mission> of(String flowId) {
      return byFlow.getOrDefault(flowId, List.of());
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private MissionLoader() {}

  /** Loads every missions file in {@code dir}, for the lines given by id. */
  public static MissionSet load(Path dir, Map<String, Flow> lines) {
    Map<String, String> texts = new TreeMap<>();
    Problems problems = new Problems();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(SUFFIX)).toList()) {
          texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        problems.add(Position.unknown(dir.toString()), null, "cannot read: " + e, null);
      }
    }
    return fromSources(texts, lines, problems);
  }

  /** Loads missions given as text (file name to YAML), for tests. */
  public static MissionSet fromSources(Map<String, String> texts, Map<String, Flow> lines) {
    return fromSources(texts, lines, new Problems());
  }

  private static MissionSet fromSources(
      Map<String, String> texts, Map<String, Flow> lines, Problems problems) {
    Map<String, List<Mission>> byFlow = new LinkedHashMap<>();
    MissionChecks checks = new MissionChecks(problems);
    texts.forEach(
        (file, text) -> {
          String name = Path.of(file).getFileName().toString();
          String flowId = name.substring(0, name.length() - SUFFIX.length());
          Flow line = lines.get(flowId);
          if (line == null) {
            problems.add(
                new Position(file, 1, 1),
                null,
                "there is no phone line '" + flowId + "' for these missions",
                Problems.suggestion(flowId, lines.keySet(), "the lines")
                    + " (the file is named after its line: <line>"
                    + SUFFIX
                    + ")");
            return;
          }
          List<Mission> ok = new ArrayList<>();
          for (Mission m : MissionReader.read(file, flowId, text, problems)) {
            if (checks.check(m, line)) {
              ok.add(m.done() != null ? m : m.withDone(m.goal().sentence(line, m.localeOn(line))));
            }
          }
          byFlow.put(flowId, List.copyOf(ok));
        });
    return new MissionSet(Map.copyOf(byFlow), problems.sorted());
  }
}
