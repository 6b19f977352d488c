package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ivrpractice.flow.Condition;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Problems;

/**
 * A branch as Studio splits, one per case (a split has one input): each case's condition on its
 * variable, its no-match the next case's split, the last one's the branch's {@code else}.
 */
final class StudioExportBranch {

  /** A condition as Studio writes it: the type and the value. */
  private record Test(String type, String value) {}

  private final StudioStates states;
  private final Map<String, String> variables;
  private final Problems problems;

  StudioExportBranch(StudioStates states, Map<String, String> variables, Problems problems) {
    this.states = states;
    this.variables = variables;
    this.problems = problems;
  }

  void write(String name, Node.Branch branch, Function<String, String> to) {
    List<Node.Case> cases = branch.cases();
    for (int i = 0; i < cases.size(); i++) {
      Node.Case c = cases.get(i);
      String here = i == 0 ? name : name + "__" + (i + 1);
      String otherwise =
          i + 1 < cases.size() ? name + "__" + (i + 2) : to.apply(branch.otherwise());
      String path = pathOf(c.condition());
      Test test = test(c.condition());
      String liquid = path == null ? null : variables.get(path);
      if (test == null || liquid == null) {
        problems.add(
            c.position(),
            branch.id(),
            "the condition of this case cannot be written as a Studio split"
                + (liquid == null && path != null
                    ? " ({" + path + "} has no Studio counterpart)"
                    : ""),
            "test one variable a collect or a menu option sets, with ==, !=, <, >, in (...) or"
                + " is set; a condition with 'and' or 'or' needs a split for each part");
        continue;
      }
      String input = "{{" + liquid + "}}";
      List<java.util.Map<String, Object>> transitions = new ArrayList<>();
      transitions.add(StudioStates.on("noMatch", otherwise));
      transitions.add(StudioStates.match(to.apply(c.target()), input, test.type(), test.value()));
      states.add(here, "split-based-on", transitions).put("input", input);
    }
  }

  private static String pathOf(Condition c) {
    if (c instanceof Condition.Not n) {
      return pathOf(n.inner());
    }
    if (c instanceof Condition.IsSet s) {
      return s.path();
    }
    if (c instanceof Condition.Compare cmp) {
      return cmp.path();
    }
    return c instanceof Condition.In in ? in.path() : null;
  }

  private static Test test(Condition c) {
    if (c instanceof Condition.IsSet) {
      return new Test("is_not_blank", "");
    }
    if (c instanceof Condition.In in) {
      return new Test("matches_any_of", String.join(", ", in.values()));
    }
    if (c instanceof Condition.Not n && n.inner() instanceof Condition.IsSet) {
      return new Test("is_blank", "");
    }
    if (c instanceof Condition.Not n && n.inner() instanceof Condition.In in) {
      return new Test("does_not_match_any_of", String.join(", ", in.values()));
    }
    if (c instanceof Condition.Compare cmp) {
      return switch (cmp.operator()) {
        case "==" -> new Test("equal_to", cmp.value());
        case "!=" -> new Test("not_equal_to", cmp.value());
        case "<" -> new Test("less_than", cmp.value());
        case ">" -> new Test("greater_than", cmp.value());
        default -> null;
      };
    }
    return null;
  }
}
