package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ivrpractice.flow.Condition;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Problems;

/**
 * A branch as Studio splits (a split has one input): each case's condition as a split on its
 * variable, {@code and} and {@code or} as a split for each part (the first part's match goes on to
 * the second, or its no-match does), {@code <=} and {@code >=} as two conditions of one split. A
 * case's no-match is the next case's split, the last one's the branch's {@code else}.
 */
final class StudioExportBranch {

  /** A condition as Studio writes it: the type and the value. */
  private record Test(String type, String value) {}

  private final StudioStates states;
  private final Function<String, String> variables;
  private final Problems problems;
  private Node.Branch branch;
  private Node.Case current;
  private int parts;

  StudioExportBranch(StudioStates states, Function<String, String> variables, Problems problems) {
    this.states = states;
    this.variables = variables;
    this.problems = problems;
  }

  void write(String name, Node.Branch branch, Function<String, String> to) {
    this.branch = branch;
    List<Node.Case> cases = branch.cases();
    for (int i = 0; i < cases.size(); i++) {
      current = cases.get(i);
      parts = 1;
      String here = i == 0 ? name : name + "__" + (i + 1);
      String otherwise =
          i + 1 < cases.size() ? name + "__" + (i + 2) : to.apply(branch.otherwise());
      split(current.condition(), here, to.apply(current.target()), otherwise);
    }
  }

  /** Writes the splits of a condition, the first one named {@code here}. */
  private void split(Condition c, String here, String yes, String no) {
    if (c instanceof Condition.Not n) {
      Condition inner = n.inner();
      if (inner instanceof Condition.Not twice) {
        split(twice.inner(), here, yes, no);
        return;
      }
      if (inner instanceof Condition.And a) {
        c = new Condition.Or(new Condition.Not(a.left()), new Condition.Not(a.right()));
      } else if (inner instanceof Condition.Or o) {
        c = new Condition.And(new Condition.Not(o.left()), new Condition.Not(o.right()));
      }
    }
    if (c instanceof Condition.And a) {
      String second = next(here);
      split(a.right(), second, yes, no);
      split(a.left(), here, second, no);
    } else if (c instanceof Condition.Or o) {
      String second = next(here);
      split(o.right(), second, yes, no);
      split(o.left(), here, yes, second);
    } else {
      leaf(c, here, yes, no);
    }
  }

  private String next(String here) {
    parts++;
    return here.replaceFirst("__p\\d+$", "") + "__p" + parts;
  }

  private void leaf(Condition c, String here, String yes, String no) {
    String path = pathOf(c);
    List<Test> tests = tests(c);
    String liquid = path == null ? null : variables.apply(path);
    if (tests.isEmpty() || liquid == null) {
      problems.add(
          current.position(),
          branch.id(),
          "the condition of this case cannot be written as a Studio split"
              + (liquid == null && path != null
                  ? " ({" + path + "} has no Studio counterpart)"
                  : ""),
          "test variables a collect, a menu option or a lookup sets, with ==, !=, <, <=, >, >=,"
              + " in (...) or is set, joined by 'and' or 'or'");
      return;
    }
    String input = "{{" + liquid + "}}";
    List<Map<String, Object>> transitions = new ArrayList<>();
    transitions.add(StudioStates.on("noMatch", no));
    for (Test t : tests) {
      transitions.add(StudioStates.match(yes, input, t.type(), t.value()));
    }
    states.add(here, "split-based-on", transitions).put("input", input);
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

  /** The split's conditions, any of which meets {@code c}; none when Studio cannot test it. */
  private static List<Test> tests(Condition c) {
    boolean not = c instanceof Condition.Not;
    Condition inner = not ? ((Condition.Not) c).inner() : c;
    if (inner instanceof Condition.IsSet) {
      return List.of(new Test(not ? "is_blank" : "is_not_blank", ""));
    }
    if (inner instanceof Condition.In in) {
      String values = String.join(", ", in.values());
      return List.of(new Test(not ? "does_not_match_any_of" : "matches_any_of", values));
    }
    if (inner instanceof Condition.Compare cmp) {
      return compare(not ? opposite(cmp.operator()) : cmp.operator(), cmp.value());
    }
    return List.of();
  }

  private static String opposite(String operator) {
    return switch (operator) {
      case "==" -> "!=";
      case "!=" -> "==";
      case "<" -> ">=";
      case "<=" -> ">";
      case ">" -> "<=";
      default -> "<";
    };
  }

  private static List<Test> compare(String operator, String value) {
    return switch (operator) {
      case "==" -> List.of(new Test("equal_to", value));
      case "!=" -> List.of(new Test("not_equal_to", value));
      case "<" -> List.of(new Test("less_than", value));
      case ">" -> List.of(new Test("greater_than", value));
      case "<=" -> List.of(new Test("less_than", value), new Test("equal_to", value));
      case ">=" -> List.of(new Test("greater_than", value), new Test("equal_to", value));
      default -> List.of();
    };
  }
}
