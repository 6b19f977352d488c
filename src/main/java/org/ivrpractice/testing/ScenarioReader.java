package org.ivrpractice.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.KeyCheck;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.YamlTree;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads a scenario file ({@code <flowId>.scenarios.yaml}, see docs/scenarios.md) and checks it
 * against the loaded flows: the flow exists and matches the file name, the locales are the flow's,
 * every {@code at} names a node and every {@code end} a queue it has. Every problem is reported,
 * each with its file, line and column and a fix; a file with any problem reads as null.
 */
public final class ScenarioReader {

  /** How the name of a scenario file ends. */
  public static final String SUFFIX = ".scenarios.yaml";

  private static final Set<String> FILE_KEYS = Set.of("flow", "seed", "scenarios");

  private final Map<String, Flow> flows;
  private final Set<String> unloadable;

  /**
   * @param flows the flows that loaded, by id
   * @param unloadable the ids of flows whose files are there but have problems, so that a scenario
   *     file naming one is told so rather than that the flow does not exist
   */
  public ScenarioReader(Map<String, Flow> flows, Set<String> unloadable) {
    this.flows = Map.copyOf(flows);
    this.unloadable = Set.copyOf(unloadable);
  }

  public ScenarioReader(Map<String, Flow> flows) {
    this(flows, Set.of());
  }

  /**
   * The flow a scenario file is for, by its name: {@code ivr-flows/hello.scenarios.yaml} is hello.
   */
  public static String flowIdOf(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    String name = file.substring(slash + 1);
    return name.endsWith(SUFFIX)
        ? name.substring(0, name.length() - SUFFIX.length())
        : name.replaceFirst("\\.ya?ml$", "");
  }

  /**
   * Reads one scenario file.
   *
   * @param file the file's name, as problems give it
   * @return the file, or null when it has a problem (each one added to {@code problems})
   */
  public ScenarioFile read(String file, String text, Problems problems) {
    int before = problems.size();
    YNode root;
    try {
      root = YamlTree.read(file, text);
    } catch (YamlTree.YamlError e) {
      problems.add(e.problem());
      return null;
    }
    if (!(root instanceof YMap map)) {
      problems.add(
          root == null ? new Position(file, 1, 1) : root.position(),
          null,
          root == null
              ? "the scenario file is empty"
              : "a scenario file is a mapping of keys, not " + root.describe(),
          "start it with 'flow: " + flowIdOf(file) + "' and a list of 'scenarios:'");
      return null;
    }
    KeyCheck.check(
        map,
        FILE_KEYS,
        Map.of(
            "flow",
            "add flow: " + flowIdOf(file),
            "scenarios",
            "add 'scenarios:' with a list of scenarios, each '- name: ...' and 'steps:'"),
        null,
        "a scenario file",
        problems);
    Flow flow = flow(file, map, problems);
    long seed = seed(map, problems);
    List<Scenario> scenarios = scenarios(map, flow, problems);
    if (problems.size() > before || flow == null) {
      return null;
    }
    return new ScenarioFile(flow.id(), seed, file, scenarios);
  }

  private Flow flow(String file, YMap map, Problems problems) {
    String expected = flowIdOf(file);
    YNode node = map.get("flow");
    if (node == null) {
      return null; // reported by KeyCheck
    }
    String id = ScenarioItemReader.text(node);
    if (id == null) {
      problems.add(
          node.position(),
          null,
          "'flow' must be a flow's id, not " + node.describe(),
          "write flow: " + expected);
      return null;
    }
    Flow flow = loaded(id, node.position(), problems);
    return flow == null ? null : startable(flow, id, expected, node.position(), problems);
  }

  /** The flow, if it is the one the file name is for and a call can start in it (else reported). */
  private static Flow startable(
      Flow flow, String id, String expected, Position at, Problems problems) {
    if (!id.equals(expected)) {
      problems.add(
          at,
          null,
          "the flow '"
              + id
              + "' does not match the file name, which is for the flow '"
              + expected
              + "'",
          "write flow: " + expected + ", or rename the file " + id + SUFFIX);
      return null;
    }
    if (flow.isSubflow()) {
      problems.add(
          at,
          null,
          "'" + id + "' is a sub-flow, and a call cannot start in a sub-flow",
          "test it through a flow that calls it, in that flow's scenario file");
      return null;
    }
    return flow;
  }

  /** The loaded flow {@code id}, or null when it has problems or does not exist (reported). */
  private Flow loaded(String id, Position at, Problems problems) {
    Flow flow = flows.get(id);
    if (flow == null && unloadable.contains(id)) {
      problems.add(
          at,
          null,
          "the flow '" + id + "' has problems, so these scenarios cannot run",
          "fix the problems reported for the flow's file");
    } else if (flow == null) {
      Set<String> known = new TreeSet<>(unloadable);
      flows.values().stream().filter(f -> !f.isSubflow()).forEach(f -> known.add(f.id()));
      problems.add(
          at, null, "there is no flow '" + id + "'", Problems.suggestion(id, known, "the flows"));
    }
    return flow;
  }

  private static long seed(YMap map, Problems problems) {
    YNode node = map.get("seed");
    if (node == null) {
      return ScenarioFile.DEFAULT_SEED;
    }
    if (node instanceof YScalar s && s.kind() == YScalar.Kind.NUMBER) {
      try {
        return Long.parseLong(s.text());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(
        node.position(),
        null,
        "'seed' must be a whole number, not " + node.describe(),
        "write seed: 7, or leave it out for " + ScenarioFile.DEFAULT_SEED);
    return ScenarioFile.DEFAULT_SEED;
  }

  private List<Scenario> scenarios(YMap map, Flow flow, Problems problems) {
    YNode node = map.get("scenarios");
    List<Scenario> out = new ArrayList<>();
    if (node == null) {
      return out; // reported by KeyCheck
    }
    if (!(node instanceof YList list) || list.items().isEmpty()) {
      problems.add(
          node.position(),
          null,
          "'scenarios' must be a list of scenarios, not " + node.describe(),
          "start each scenario with '- name: ' and give it its 'steps:'");
      return out;
    }
    ScenarioItemReader reader = new ScenarioItemReader(flow, problems);
    for (YNode item : list.items()) {
      Scenario scenario = reader.read(item);
      if (scenario != null) {
        out.add(scenario);
      }
    }
    return out;
  }
}
