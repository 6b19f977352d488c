package org.ivrpractice.testing.explore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.InputVisitor;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/**
 * Writes a starting scenario file for a line from its exploration: one scenario per ending (each
 * queue, each hangup node, each other outcome), following the quickest route there. Routes that are
 * the same keys as one already written are left out. The file is valid {@code
 * <flowId>.scenarios.yaml} (see docs/scenarios.md) and passes as written.
 */
public final class ScenarioWriter {

  /** Each kind of input as a scenario step. */
  private static final InputVisitor<String> STEPS =
      new InputVisitor<>() {
        public String visit(Input.Digits input) {
          return "press: " + quoted(input.digits());
        }

        public String visit(Input.Speech input) {
          return "say: " + quoted(input.text());
        }

        public String visit(Input.Silence input) {
          return "silence";
        }

        public String visit(Input.HangUp input) {
          return "hangup";
        }
      };

  private ScenarioWriter() {}

  /** The scenario file's text. */
  public static String write(Flow flow, ExplorationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# Written by 'explore --write-scenarios': the quickest route to each ending of ")
        .append(flow.id())
        .append(".\n# A starting suite: add 'hear:' steps for what callers must be told.\n")
        .append("flow: ")
        .append(flow.id())
        .append('\n')
        .append("seed: ")
        .append(PathFinder.SEED)
        .append('\n')
        .append("scenarios:\n");
    Set<List<Input>> written = new HashSet<>();
    for (ExplorationReport.Department d : report.departments()) {
      if (written.add(d.quickest().inputs())) {
        out.append(scenario(flow, d));
      }
    }
    return out.toString();
  }

  private static String scenario(Flow flow, ExplorationReport.Department d) {
    StringBuilder out = new StringBuilder();
    out.append("  - name: ").append(quoted(title(d))).append('\n').append("    steps:\n");
    for (Input input : d.quickest().inputs()) {
      out.append("      - ").append(step(input)).append('\n');
    }
    for (String check : checks(flow, d)) {
      out.append("      - ").append(check).append('\n');
    }
    return out.append('\n').toString();
  }

  private static String title(ExplorationReport.Department d) {
    String what =
        switch (d.kind()) {
          case Departments.QUEUE -> "the " + d.name() + " queue";
          case Departments.HANGUP -> "the " + d.name() + " hangup";
          default -> "the call ending " + d.name();
        };
    return "Reaches " + what + " by the quickest route";
  }

  private static List<String> checks(Flow flow, ExplorationReport.Department d) {
    return switch (d.kind()) {
      case Departments.QUEUE -> List.of("end: transferred to " + d.name());
      case Departments.HANGUP ->
          List.of("at: " + d.name(), "end: " + hangupOutcome(flow, d.name()));
      default -> List.of("end: " + d.name());
    };
  }

  private static String hangupOutcome(Flow flow, String site) {
    int slash = site.indexOf('/');
    Flow owner = slash < 0 ? flow : flow.flow(site.substring(0, slash));
    Node.Hangup hangup = (Node.Hangup) owner.node(site.substring(slash + 1));
    return hangup.outcome().yamlName();
  }

  private static String step(Input input) {
    return input.accept(STEPS);
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
