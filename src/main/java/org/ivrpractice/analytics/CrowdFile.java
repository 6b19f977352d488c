package org.ivrpractice.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.KeyCheck;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.YamlTree;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads the profiles of a practice crowd from a crowd file beside the flows: {@code
 * <line>.crowd.yaml} for one line, else {@code crowd.yaml} for every line, else the built-in {@link
 * CrowdProfile#DEFAULTS}. Every problem is reported with {@code file:line:column} and a fix, all at
 * once, like a flow's; a file with a problem is not used.
 */
public final class CrowdFile {

  /** The crowd file of every line of a folder. */
  public static final String SHARED = "crowd.yaml";

  /** The suffix of one line's own crowd file. */
  public static final String SUFFIX = ".crowd.yaml";

  static final Set<String> KEYS =
      Set.of(
          "name",
          "weight",
          "knows-menu",
          "listens-whole",
          "patience-reprompts",
          "patience-seconds",
          "on-impatience",
          "mishear-rate",
          "speaks",
          "locale");

  /**
   * The profiles read, where they came from ({@code built-in} when no file was found) and the
   * problems.
   */
  public record Profiles(List<CrowdProfile> profiles, String source, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final String file;
  private final Problems problems = new Problems();

  private CrowdFile(String file) {
    this.file = file;
  }

  /** True for a file name a crowd file has (so that no loader takes it for a flow). */
  public static boolean isCrowdFile(String name) {
    String base = Position.fileName(name);
    return base.equals(SHARED) || base.endsWith(SUFFIX);
  }

  /** The profiles for {@code lineId}, from the crowd file in {@code dir} that applies to it. */
  public static Profiles load(Path dir, String lineId) {
    for (Path file : List.of(dir.resolve(lineId + SUFFIX), dir.resolve(SHARED))) {
      if (Files.isRegularFile(file)) {
        return load(file);
      }
    }
    return new Profiles(CrowdProfile.DEFAULTS, "built-in", List.of());
  }

  /** The profiles of one crowd file. */
  public static Profiles load(Path file) {
    try {
      return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      Problem p =
          new Problem(
              Position.unknown(file.toString()), null, "cannot read: " + e.getMessage(), null);
      return new Profiles(List.of(), file.toString(), List.of(p));
    }
  }

  /** The profiles of {@code text}, read from {@code file}. */
  public static Profiles read(String file, String text) {
    CrowdFile reader = new CrowdFile(file);
    List<CrowdProfile> profiles;
    try {
      profiles = reader.profiles(YamlTree.read(file, text));
    } catch (YamlTree.YamlError e) {
      reader.problems.add(e.problem());
      profiles = List.of();
    }
    List<Problem> found = reader.problems.sorted();
    return new Profiles(found.isEmpty() ? profiles : List.of(), file, found);
  }

  private List<CrowdProfile> profiles(YNode root) {
    YNode list = root instanceof YMap map ? map.get("profiles") : null;
    if (!(list instanceof YList items) || items.items().isEmpty()) {
      Position at = root == null ? new Position(file, 1, 1) : root.position();
      problems.add(
          at,
          null,
          "a crowd file holds a list of profiles under the key 'profiles'",
          "start the file with 'profiles:' and one '- name: ...' item per kind of caller");
      return List.of();
    }
    if (root instanceof YMap map) {
      KeyCheck.check(map, Set.of("profiles"), Map.of(), null, "a crowd file", problems);
    }
    List<CrowdProfile> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YNode item : items.items()) {
      CrowdProfile p = profile(item);
      if (p != null && !names.add(p.name())) {
        problems.add(
            item.position(),
            null,
            "profile '" + p.name() + "' is declared twice",
            "give each profile its own name");
      } else if (p != null) {
        out.add(p);
      }
    }
    if (!out.isEmpty() && out.stream().allMatch(p -> p.weight() == 0)) {
      problems.add(
          items.position(), null, "every profile has weight 0", "give one a weight above 0");
    }
    return out;
  }

  private CrowdProfile profile(YNode item) {
    if (!(item instanceof YMap map)) {
      problems.add(
          item.position(), null, "a profile is a mapping, not " + item.describe(), "write 'name:'");
      return null;
    }
    int before = problems.size();
    KeyCheck.check(
        map, KEYS, Map.of("name", "add 'name: impatient' (any name)"), null, "a profile", problems);
    String name = text(map, "name");
    Double weight = number(map, "weight", 0, 1_000_000);
    Double reprompts = number(map, "patience-reprompts", 0, 100);
    if (reprompts != null && reprompts != Math.floor(reprompts)) {
      wrong(map.entry("patience-reprompts"), "a whole number of re-prompts, such as 1");
    }
    CrowdProfile profile =
        new CrowdProfile(
            name == null ? "" : name,
            weight == null ? 1 : weight,
            flag(map, "knows-menu"),
            flag(map, "listens-whole"),
            reprompts == null ? null : reprompts.intValue(),
            number(map, "patience-seconds", 0, 86_400),
            impatience(map),
            orZero(number(map, "mishear-rate", 0, 1)),
            flag(map, "speaks"),
            text(map, "locale"));
    return problems.size() > before ? null : profile;
  }

  private CrowdProfile.Impatience impatience(YMap map) {
    String value = text(map, "on-impatience");
    if (value == null) {
      return CrowdProfile.Impatience.AGENT;
    }
    for (CrowdProfile.Impatience i : CrowdProfile.Impatience.values()) {
      if (i.yamlName().equals(value)) {
        return i;
      }
    }
    wrong(map.entry("on-impatience"), "'agent' or 'hang-up'");
    return null;
  }

  private String text(YMap map, String key) {
    YEntry e = map.entry(key);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof YScalar s && s.kind() == YScalar.Kind.TEXT && !s.text().isBlank()) {
      return s.text();
    }
    wrong(e, "a text");
    return null;
  }

  private boolean flag(YMap map, String key) {
    YEntry e = map.entry(key);
    if (e == null) {
      return false;
    }
    if (e.value() instanceof YScalar s && s.kind() == YScalar.Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text());
    }
    wrong(e, "true or false");
    return false;
  }

  private Double number(YMap map, String key, double min, double max) {
    YEntry e = map.entry(key);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof YScalar s && s.kind() == YScalar.Kind.NUMBER) {
      double v = Double.parseDouble(s.text());
      if (v >= min && v <= max) {
        return v;
      }
    }
    wrong(e, "a number from " + fmt(min) + " to " + fmt(max));
    return null;
  }

  private void wrong(YEntry e, String wanted) {
    problems.add(
        e.value().position(),
        null,
        "'" + e.key() + "' is " + e.value().describe() + ", not " + wanted,
        "write " + wanted);
  }

  private static String fmt(double v) {
    return v == Math.floor(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static double orZero(Double v) {
    return v == null ? 0 : v;
  }
}
