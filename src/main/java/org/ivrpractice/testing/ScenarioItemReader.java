package org.ivrpractice.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.KeyCheck;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads the scenarios of one file, one by one: each one's name (unique in the file), locale (one of
 * the flow's) and steps ({@link StepReader}). A scenario with a problem reports it and reads as
 * null, so that every problem of a file is found in one run.
 */
final class ScenarioItemReader {

  private static final Set<String> SCENARIO_KEYS = Set.of("name", "locale", "steps");

  private final Flow flow;
  private final Problems problems;
  private final Map<String, Position> names = new HashMap<>();

  /**
   * @param flow the file's flow, or null when it has a problem (the scenarios are still checked)
   */
  ScenarioItemReader(Flow flow, Problems problems) {
    this.flow = flow;
    this.problems = problems;
  }

  /** The scenario, or null when it has a problem (each one added to the problems). */
  Scenario read(YNode item) {
    if (!(item instanceof YMap map)) {
      problems.add(
          item.position(),
          null,
          "a scenario must be a mapping with 'name' and 'steps', not " + item.describe(),
          "write '- name: ...', then 'steps:' under it");
      return null;
    }
    int before = problems.size();
    KeyCheck.check(
        map,
        SCENARIO_KEYS,
        Map.of(
            "name", "add name: what the call proves",
            "steps", "add 'steps:' with a list of steps, such as '- press: 1'"),
        null,
        "a scenario",
        problems);
    String name = name(map);
    String locale = locale(map);
    List<ScenarioStep> steps = steps(map);
    return problems.size() > before ? null : new Scenario(name, locale, steps, map.position());
  }

  private String name(YMap map) {
    YNode node = map.get("name");
    if (node == null) {
      return null; // reported by KeyCheck
    }
    String name = text(node);
    if (name == null || name.isBlank()) {
      problems.add(
          node.position(),
          null,
          "a scenario's 'name' must be a text, not " + node.describe(),
          "say what the call proves, for example name: Pressing 1 hears the opening hours");
      return null;
    }
    Position first = names.putIfAbsent(name, node.position());
    if (first != null) {
      problems.add(
          node.position(),
          null,
          "another scenario, at line " + first.line() + ", has the name '" + name + "'",
          "give each scenario its own name: the name tells which one failed");
    }
    return name;
  }

  private String locale(YMap map) {
    YNode node = map.get("locale");
    if (node == null) {
      return null;
    }
    String locale = text(node);
    if (locale == null) {
      problems.add(
          node.position(),
          null,
          "'locale' must be a locale such as en-US, not " + node.describe(),
          "write locale: en-US, or leave it out for the flow's first locale");
      return null;
    }
    if (flow != null && !flow.locales().contains(locale)) {
      problems.add(
          node.position(),
          null,
          "the flow '" + flow.id() + "' does not speak '" + locale + "'",
          Problems.suggestion(locale, flow.locales(), "its locales"));
    }
    return locale;
  }

  private List<ScenarioStep> steps(YMap map) {
    YNode node = map.get("steps");
    List<ScenarioStep> steps = new ArrayList<>();
    if (node == null) {
      return steps; // reported by KeyCheck
    }
    if (!(node instanceof YList list) || list.items().isEmpty()) {
      problems.add(
          node.position(),
          null,
          "'steps' must be a list of steps, not " + node.describe(),
          "write each step on its own line under 'steps:', such as '- press: 1'");
      return steps;
    }
    StepReader reader = new StepReader(flow, problems);
    for (YNode item : list.items()) {
      ScenarioStep step = reader.read(item);
      if (step != null) {
        steps.add(step);
      }
    }
    return steps;
  }

  /** The text of a scalar, stripped; null for anything else or an empty value. */
  static String text(YNode node) {
    return node instanceof YScalar s && s.text() != null ? s.text().strip() : null;
  }
}
