package org.ivrpractice.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.PracticeData;
import org.ivrpractice.flow.Problems;

/**
 * Checks missions against the lines they are practised on: the goal names a node or queue the line
 * (or a sub-flow it calls) has, the locale is one it speaks, and the practice card and reference
 * numbers are in its practice data.
 */
final class MissionChecks {

  private final Problems problems;

  MissionChecks(Problems problems) {
    this.problems = problems;
  }

  /** True when the mission fits its line; else its problems are reported. */
  boolean check(Mission mission, Flow line) {
    int before = problems.size();
    goal(mission, line);
    if (mission.locale() != null && !line.locales().contains(mission.locale())) {
      report(
          mission,
          "locale",
          "locale '" + mission.locale() + "' is not spoken by " + line.id(),
          Problems.suggestion(mission.locale(), line.locales(), "its locales"));
    }
    practiceValue(mission, line, mission.card(), "cards", "number", "card");
    practiceValue(mission, line, mission.reference(), "cases", "reference", "reference");
    return problems.size() == before;
  }

  private void goal(Mission mission, Flow line) {
    if (mission.goal() instanceof MissionGoal.ReachNode goal) {
      Flow flow = flows(line).get(goal.flowId());
      if (flow == null) {
        report(
            mission,
            "goal",
            "the goal names flow '" + goal.flowId() + "', which " + line.id() + " does not call",
            Problems.suggestion(goal.flowId(), flows(line).keySet(), "the flows of the line"));
      } else if (!flow.nodes().containsKey(goal.nodeId())) {
        report(
            mission,
            "goal",
            "the goal names node '"
                + goal.nodeId()
                + "', which flow "
                + flow.id()
                + " does not have",
            Problems.suggestion(goal.nodeId(), flow.nodes().keySet(), "the nodes of " + flow.id()));
      }
    } else if (mission.goal() instanceof MissionGoal.TransferredTo goal) {
      List<String> queues = queues(line);
      if (!queues.contains(goal.queue())) {
        report(
            mission,
            "goal",
            "the goal names queue '" + goal.queue() + "', which " + line.id() + " does not declare",
            Problems.suggestion(goal.queue(), queues, "its queues"));
      }
    }
  }

  private void practiceValue(
      Mission mission, Flow line, String value, String table, String field, String key) {
    if (value == null) {
      return;
    }
    List<String> known = new ArrayList<>();
    for (Flow flow : flows(line).values()) {
      PracticeData data = flow.data() == null ? PracticeData.NONE : flow.data();
      data.tables().getOrDefault(table, List.of()).stream()
          .map(record -> record.get(field))
          .forEach(known::add);
    }
    if (!known.contains(value)) {
      report(
          mission,
          key,
          "the " + key + " " + value + " is not in the practice data of " + line.id(),
          known.isEmpty()
              ? "this line has no practice " + table
              : "use one of: " + String.join(", ", new TreeSet<>(known)));
    }
  }

  /** The line and every sub-flow it calls, by id. */
  static Map<String, Flow> flows(Flow line) {
    Map<String, Flow> all = new LinkedHashMap<>();
    all.put(line.id(), line);
    all.putAll(line.subflows());
    return all;
  }

  private static List<String> queues(Flow line) {
    return flows(line).values().stream()
        .flatMap(f -> f.queues().keySet().stream())
        .distinct()
        .sorted()
        .toList();
  }

  private void report(Mission mission, String key, String message, String fix) {
    problems.add(mission.at(key), null, "mission '" + mission.id() + "': " + message, fix);
  }
}
