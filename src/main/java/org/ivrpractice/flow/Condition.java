package org.ivrpractice.flow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A branch condition: a small expression over the call's variables, evaluated by our own code (no
 * scripting engine). Parsed by {@link ConditionParser}.
 */
public sealed interface Condition
    permits Condition.IsSet,
        Condition.Compare,
        Condition.In,
        Condition.Not,
        Condition.And,
        Condition.Or {

  /** True when the condition holds for these variables. */
  boolean test(Map<String, String> variables);

  /** Calls {@code sink} with every variable path the condition reads. */
  void paths(Consumer<String> sink);

  /** {@code path}: the variable is set. */
  record IsSet(String path) implements Condition {
    public boolean test(Map<String, String> vars) {
      String value = vars.get(path);
      return value != null && !value.isEmpty();
    }

    public void paths(Consumer<String> sink) {
      sink.accept(path);
    }
  }

  /** {@code path op value}; {@code <}, {@code >} and the like compare numbers. */
  record Compare(String path, String operator, String value) implements Condition {
    public boolean test(Map<String, String> vars) {
      String actual = vars.get(path);
      if (actual == null) {
        return operator.equals("!=");
      }
      if (operator.equals("==")) {
        return sameValue(actual, value);
      }
      if (operator.equals("!=")) {
        return !sameValue(actual, value);
      }
      BigDecimal left = number(actual);
      BigDecimal right = number(value);
      if (left == null || right == null) {
        return false;
      }
      int c = left.compareTo(right);
      return switch (operator) {
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        case ">" -> c > 0;
        case ">=" -> c >= 0;
        default -> false;
      };
    }

    public void paths(Consumer<String> sink) {
      sink.accept(path);
    }
  }

  /** {@code path in ("a", "b")}. */
  record In(String path, List<String> values) implements Condition {
    public boolean test(Map<String, String> vars) {
      String actual = vars.get(path);
      return actual != null && values.stream().anyMatch(v -> sameValue(actual, v));
    }

    public void paths(Consumer<String> sink) {
      sink.accept(path);
    }
  }

  /** {@code not c}. */
  record Not(Condition inner) implements Condition {
    public boolean test(Map<String, String> vars) {
      return !inner.test(vars);
    }

    public void paths(Consumer<String> sink) {
      inner.paths(sink);
    }
  }

  /** {@code a and b}. */
  record And(Condition left, Condition right) implements Condition {
    public boolean test(Map<String, String> vars) {
      return left.test(vars) && right.test(vars);
    }

    public void paths(Consumer<String> sink) {
      left.paths(sink);
      right.paths(sink);
    }
  }

  /** {@code a or b}. */
  record Or(Condition left, Condition right) implements Condition {
    public boolean test(Map<String, String> vars) {
      return left.test(vars) || right.test(vars);
    }

    public void paths(Consumer<String> sink) {
      left.paths(sink);
      right.paths(sink);
    }
  }

  private static boolean sameValue(String actual, String expected) {
    BigDecimal a = number(actual);
    BigDecimal b = number(expected);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    return actual.equalsIgnoreCase(expected);
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
