package org.ivrpractice.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads the steps of a scenario: {@code press: 1}, {@code silence} and so on, checking the nodes
 * and queues they name against the scenario's flow. A step with a problem reports it and reads as
 * null, so that every problem of a file is found in one run.
 */
final class StepReader {

  /** Every step, in the order the docs give them. */
  static final List<String> STEPS =
      List.of("press", "say", "silence", "hangup", "hear", "at", "end");

  private static final Map<String, String> EXAMPLES =
      Map.of(
          "press", "press: 1",
          "say", "say: agent",
          "hear", "hear: goodbye",
          "at", "at: main-menu",
          "end", "end: self-served");

  private static final Pattern KEYS = Pattern.compile("[0-9*#]+");

  private static final String END_FORMS =
      "self-served, hung-up, abandoned, transferred, or transferred to <queue>";

  private final Flow flow;
  private final Problems problems;

  /**
   * @param flow the flow the steps run in, or null when it is unknown (nothing is checked then)
   */
  StepReader(Flow flow, Problems problems) {
    this.flow = flow;
    this.problems = problems;
  }

  /** The step, or null when it has a problem (reported). */
  ScenarioStep read(YNode item) {
    if (item instanceof YScalar scalar) {
      return word(scalar);
    }
    if (item instanceof YMap map && map.entries().size() == 1) {
      YEntry entry = map.entries().get(0);
      return keyed(entry.key(), entry.keyPosition(), entry.value());
    }
    if (item instanceof YMap map && map.entries().size() > 1) {
      List<String> keys = map.entries().stream().map(YEntry::key).toList();
      problems.add(
          map.entries().get(1).keyPosition(),
          null,
          "a step has one key, and this one has " + keys.size() + ": " + String.join(", ", keys),
          "put each step on its own line starting with '- '");
      return null;
    }
    problems.add(
        item.position(),
        null,
        "a step is one 'key: value' or the word silence or hangup, not " + item.describe(),
        "write a step such as 'press: 1', 'hear: goodbye' or 'silence'");
    return null;
  }

  /**
   * {@code - silence}, {@code - hangup}, or a mistake such as {@code - press} or {@code - presss:
   * 1}.
   */
  private ScenarioStep word(YScalar scalar) {
    Position at = scalar.position();
    String text = scalar.text() == null ? "" : scalar.text().strip();
    if (text.equals("silence")) {
      return new ScenarioStep.Silence(at);
    }
    if (text.equals("hangup")) {
      return new ScenarioStep.HangUp(at);
    }
    if (EXAMPLES.containsKey(text)) {
      problems.add(
          at,
          null,
          "the step '" + text + "' needs a value",
          "write it as '" + EXAMPLES.get(text) + "'");
      return null;
    }
    String first = text.split("\\s+")[0];
    if (EXAMPLES.containsKey(first)) {
      problems.add(
          at,
          null,
          "the step '" + text + "' misses the ':' after '" + first + "'",
          "write it as '" + first + ":" + text.substring(first.length()) + "'");
      return null;
    }
    if (text.isEmpty()) {
      problems.add(at, null, "this step is empty", "write a step such as 'press: 1' or 'silence'");
      return null;
    }
    unknownStep(text, at);
    return null;
  }

  private ScenarioStep keyed(String key, Position at, YNode value) {
    String text = value instanceof YScalar s && s.text() != null ? s.text().strip() : null;
    switch (key) {
      case "silence", "hangup" -> {
        if (value instanceof YScalar s && s.text() == null) {
          return key.equals("silence") ? new ScenarioStep.Silence(at) : new ScenarioStep.HangUp(at);
        }
        problems.add(
            value.position(),
            null,
            "the step '" + key + "' takes no value",
            "write just '- " + key + "'");
        return null;
      }
      case "press", "say", "hear", "at", "end" -> {
        if (text == null || text.isEmpty()) {
          problems.add(
              value.position(),
              null,
              "'" + key + "' needs " + needs(key) + ", not " + value.describe(),
              "write it as '" + EXAMPLES.get(key) + "'");
          return null;
        }
        return valued(key, text, at, value.position());
      }
      default -> {
        unknownStep(key, at);
        return null;
      }
    }
  }

  private ScenarioStep valued(String key, String text, Position at, Position valueAt) {
    return switch (key) {
      case "press" -> press(text, at, valueAt);
      case "say" -> new ScenarioStep.Say(text, at);
      case "hear" -> new ScenarioStep.Hear(text, at);
      case "at" -> node(text, at, valueAt);
      default -> end(text, at, valueAt);
    };
  }

  private ScenarioStep press(String keys, Position at, Position valueAt) {
    if (!KEYS.matcher(keys).matches()) {
      problems.add(
          valueAt,
          null,
          "'press' takes keys (0-9, * and #), not '" + keys + "'",
          "write the keys alone, in quotes when there is a * or #: press: \"378282246310005#\"");
      return null;
    }
    return new ScenarioStep.Press(keys, at);
  }

  private ScenarioStep node(String node, Position at, Position valueAt) {
    if (flow == null) {
      return new ScenarioStep.At(node, at);
    }
    if (node.startsWith(flow.id() + "/")
        && flow.nodes().containsKey(node.substring(flow.id().length() + 1))) {
      problems.add(
          valueAt,
          null,
          "a node of the flow '" + flow.id() + "' itself is named without the flow",
          "write at: " + node.substring(flow.id().length() + 1));
      return null;
    }
    List<String> known = knownNodes();
    if (!known.contains(node)) {
      String which =
          flow.subflows().isEmpty()
              ? "the flow '" + flow.id() + "' has"
              : "neither the flow '" + flow.id() + "' nor its sub-flows have";
      problems.add(
          valueAt,
          null,
          which + " a node '" + node + "'",
          Problems.suggestion(node, known, "the nodes"));
      return null;
    }
    return new ScenarioStep.At(node, at);
  }

  /** The nodes an {@code at} may name: the flow's own, then {@code sub/node} of its sub-flows. */
  private List<String> knownNodes() {
    List<String> known = new ArrayList<>(flow.nodes().keySet());
    for (Flow sub : flow.subflows().values()) {
      sub.nodes().keySet().forEach(n -> known.add(sub.id() + "/" + n));
    }
    return known;
  }

  private ScenarioStep end(String how, Position at, Position valueAt) {
    for (Outcome outcome : Outcome.values()) {
      if (outcome.yamlName().equals(how)) {
        return new ScenarioStep.End(outcome, null, at);
      }
    }
    TreeSet<String> queues = queues();
    String prefix = Outcome.TRANSFERRED.yamlName() + " to ";
    if (how.startsWith(prefix)) {
      String queue = how.substring(prefix.length()).strip();
      if (flow != null && !queues.contains(queue)) {
        problems.add(
            valueAt,
            null,
            "the flow '" + flow.id() + "' has no queue '" + queue + "'",
            Problems.suggestion(queue, queues, "its queues"));
        return null;
      }
      return new ScenarioStep.End(Outcome.TRANSFERRED, queue, at);
    }
    List<String> forms = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      forms.add(outcome.yamlName());
    }
    queues.forEach(q -> forms.add(prefix + q));
    String close = Problems.closest(how, forms);
    problems.add(
        valueAt,
        null,
        "'end' cannot be '" + how + "'",
        (close != null ? "did you mean '" + close + "'? " : "") + "'end' takes " + END_FORMS);
    return null;
  }

  /** The queues a transfer of the flow or of its sub-flows may reach. */
  private TreeSet<String> queues() {
    TreeSet<String> queues = new TreeSet<>();
    if (flow != null) {
      queues.addAll(flow.queues().keySet());
      flow.subflows().values().forEach(sub -> queues.addAll(sub.queues().keySet()));
    }
    return queues;
  }

  private void unknownStep(String name, Position at) {
    problems.add(
        at, null, "there is no step '" + name + "'", Problems.suggestion(name, STEPS, "the steps"));
  }

  private static String needs(String key) {
    return switch (key) {
      case "press" -> "keys";
      case "say" -> "words";
      case "hear" -> "the words to hear";
      case "at" -> "a node";
      default -> "how the call ends";
    };
  }
}
