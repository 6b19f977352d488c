package org.ivrpractice.practice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.KeyCheck;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.YamlTree;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads one missions file ({@code <flowId>.missions.yaml}) into missions, reporting every problem
 * of its shape (unknown or missing keys, wrong types) with its line and column. Whether the goals
 * name real nodes and queues is {@link MissionChecks}' business.
 */
public final class MissionReader {

  static final Set<String> KEYS =
      Set.of("id", "title", "briefing", "card", "reference", "goal", "done", "locale", "tips");

  private final String file;
  private final String flowId;
  private final Problems problems;

  private MissionReader(String file, String flowId, Problems problems) {
    this.file = file;
    this.flowId = flowId;
    this.problems = problems;
  }

  /** The missions of {@code text}, read from {@code file}, for the line {@code flowId}. */
  public static List<Mission> read(String file, String flowId, String text, Problems problems) {
    YNode root;
    try {
      root = YamlTree.read(file, text);
    } catch (YamlTree.YamlError e) {
      problems.add(e.problem());
      return List.of();
    }
    return new MissionReader(file, flowId, problems).missions(root);
  }

  private List<Mission> missions(YNode root) {
    YNode list = root instanceof YMap map ? map.get("missions") : null;
    if (!(list instanceof YList items)) {
      Position at = root == null ? new Position(file, 1, 1) : root.position();
      problems.add(
          at,
          null,
          "a missions file holds a list under the key 'missions'",
          "start the file with 'missions:' and one '- id: ...' item per mission");
      return List.of();
    }
    List<Mission> missions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YNode item : items.items()) {
      Mission mission = mission(item);
      if (mission != null && !ids.add(mission.id())) {
        problems.add(
            item.position(),
            null,
            "mission '" + mission.id() + "' is declared twice",
            "give each mission its own id");
      } else if (mission != null) {
        missions.add(mission);
      }
    }
    return missions;
  }

  private Mission mission(YNode item) {
    if (!(item instanceof YMap map)) {
      problems.add(
          item.position(), null, "a mission is a mapping, not " + item.describe(), "write 'id:'");
      return null;
    }
    int before = problems.size();
    unknownKeys(map);
    String id = text(map, "id", true);
    String title = text(map, "title", true);
    List<String> briefing = texts(map, "briefing", true);
    String card = text(map, "card", false);
    String reference = text(map, "reference", false);
    String locale = text(map, "locale", false);
    List<String> tips = texts(map, "tips", false);
    MissionGoal goal = goal(map);
    String done = done(map);
    if (problems.size() > before) {
      return null;
    }
    Map<String, Position> keys = new HashMap<>();
    map.entries().forEach(e -> keys.put(e.key(), e.keyPosition()));
    return new Mission(
        id,
        flowId,
        title,
        briefing,
        card,
        reference,
        goal,
        done,
        locale,
        tips,
        map.position(),
        keys);
  }

  private void unknownKeys(YMap map) {
    KeyCheck.check(map, KEYS, Map.of(), null, "a mission", problems);
  }

  private MissionGoal goal(YMap map) {
    YNode node = map.get("goal");
    if (node == null) {
      problems.add(map.position(), null, "a mission needs a 'goal'", GOAL_FIX);
      return null;
    }
    if (!(node instanceof YMap goal) || goal.entries().size() != 1) {
      problems.add(node.position(), null, "a goal is one 'node:' or one 'end:'", GOAL_FIX);
      return null;
    }
    YEntry entry = goal.entries().get(0);
    String value = entry.value() instanceof YScalar s ? s.text() : null;
    MissionGoal parsed = value == null ? null : parseGoal(entry.key(), value.strip());
    if (parsed == null) {
      problems.add(
          entry.keyPosition(),
          null,
          "the goal '" + entry.key() + ": " + value + "' is not one this simulator knows",
          GOAL_FIX);
    }
    return parsed;
  }

  private MissionGoal parseGoal(String key, String value) {
    if (key.equals("node")) {
      int slash = value.indexOf('/');
      return slash < 0
          ? new MissionGoal.ReachNode(flowId, value)
          : new MissionGoal.ReachNode(value.substring(0, slash), value.substring(slash + 1));
    }
    if (key.equals("end") && value.equals("self-served")) {
      return new MissionGoal.SelfServed();
    }
    if (key.equals("end") && value.startsWith("transferred to ")) {
      return new MissionGoal.TransferredTo(value.substring("transferred to ".length()).strip());
    }
    return null;
  }

  private static final String GOAL_FIX =
      "write 'goal: { node: <flow>/<node> }', 'goal: { end: transferred to <queue> }' or"
          + " 'goal: { end: self-served }'";

  /** The optional {@code done:} sentence: a text that says something. */
  private String done(YMap map) {
    String done = text(map, "done", false);
    if (done != null && done.isBlank()) {
      problems.add(
          map.get("done").position(),
          null,
          "'done' is empty",
          "say in a sentence when the mission is done (\"the line reads out your reference"
              + " number.\"), or leave 'done' out to have one made from the goal");
      return null;
    }
    return done;
  }

  private String text(YMap map, String key, boolean required) {
    YNode node = map.get(key);
    if (node == null) {
      if (required) {
        problems.add(
            map.position(), null, "a mission needs '" + key + "'", "add '" + key + ": ...'");
      }
      return null;
    }
    if (node instanceof YScalar s && s.text() != null && s.kind() != YScalar.Kind.BOOLEAN) {
      return s.text();
    }
    problems.add(
        node.position(), null, "'" + key + "' is a text, not " + node.describe(), "write a text");
    return null;
  }

  private List<String> texts(YMap map, String key, boolean required) {
    YNode node = map.get(key);
    if (node == null) {
      if (required) {
        problems.add(map.position(), null, "a mission needs '" + key + "'", "add a list of texts");
      }
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<YNode> items = node instanceof YList l ? l.items() : List.of(node);
    for (YNode item : items) {
      if (item instanceof YScalar s && s.text() != null) {
        out.add(s.text());
      } else if (item instanceof YMap) {
        problems.add(
            item.position(),
            null,
            "this item of '" + key + "' reads as a mapping," + " because of the ': ' in it",
            "put the text in double quotes");
      } else {
        problems.add(
            item.position(),
            null,
            "'" + key + "' holds texts, not " + item.describe(),
            "write one text a line, each after '- '");
      }
    }
    return out;
  }
}
