package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ivrpractice.interop.JsonTree.JObject;

/**
 * The conditions of a Studio {@code split-based-on} ({@code {type, value, arguments}}), read three
 * ways: as the keys of a menu that meet them, as spoken words, or as one of our conditions.
 */
final class StudioConditions {

  /** Every key a caller can press, in menu order. */
  static final List<String> KEYS =
      List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#");

  private StudioConditions() {}

  /** The keys of a one-key answer that meet the condition. */
  static Set<String> keys(JObject condition, Consumer<String> trouble) {
    String type = String.valueOf(condition.text("type"));
    String value = condition.text("value") == null ? "" : condition.text("value").strip();
    Set<String> out = new LinkedHashSet<>();
    for (String key : KEYS) {
      Boolean meets = meets(type, value, key);
      if (meets == null) {
        trouble.accept(unsupported(type, "a key pressed"));
        return Set.of();
      }
      if (meets) {
        out.add(key);
      }
    }
    return out;
  }

  private static Boolean meets(String type, String value, String key) {
    return switch (type) {
      case "equal_to" -> key.equals(value);
      case "not_equal_to" -> !key.equals(value);
      case "matches_any_of" -> list(value).contains(key);
      case "does_not_match_any_of" -> !list(value).contains(key);
      case "is_blank" -> false;
      case "is_not_blank" -> true;
      case "contains" -> key.contains(value);
      case "starts_with" -> key.startsWith(value);
      case "less_than" ->
          number(key) != null && number(value) != null && number(key) < number(value);
      case "greater_than" ->
          number(key) != null && number(value) != null && number(key) > number(value);
      case "regex" -> regex(value, key);
      default -> null;
    };
  }

  /** The words a spoken answer meets the condition with: our menus' synonyms. */
  static List<String> phrases(JObject condition, Consumer<String> trouble) {
    String type = String.valueOf(condition.text("type"));
    String value = condition.text("value") == null ? "" : condition.text("value").strip();
    return switch (type) {
      case "equal_to", "contains", "starts_with" ->
          value.isEmpty() ? List.of() : List.of(value.toLowerCase());
      case "matches_any_of" -> list(value).stream().map(String::toLowerCase).toList();
      default -> {
        trouble.accept(unsupported(type, "what a caller said"));
        yield List.of();
      }
    };
  }

  /** The condition as ours, on the variable at {@code path}, or null (told to trouble). */
  static String condition(String path, JObject condition, Consumer<String> trouble) {
    String type = String.valueOf(condition.text("type"));
    String value = condition.text("value") == null ? "" : condition.text("value").strip();
    if (Liquid.has(value) || value.contains("\"")) {
      trouble.accept(
          "compares with '"
              + value
              + "': a condition compares with a fixed value (no Liquid or"
              + " quotes)");
      return null;
    }
    return switch (type) {
      case "equal_to" -> path + " == " + quoted(value);
      case "not_equal_to" -> path + " != " + quoted(value);
      case "matches_any_of" -> path + " in (" + quotedList(value) + ")";
      case "does_not_match_any_of" -> "not (" + path + " in (" + quotedList(value) + "))";
      case "is_blank" -> "not " + path;
      case "is_not_blank" -> path;
      case "less_than", "greater_than" -> comparison(path, type, value, trouble);
      default -> {
        trouble.accept(unsupported(type, "a value"));
        yield null;
      }
    };
  }

  private static String comparison(
      String path, String type, String value, Consumer<String> trouble) {
    if (number(value) == null) {
      trouble.accept("compares with '" + value + "', which is not a number");
      return null;
    }
    return path + (type.equals("less_than") ? " < " : " > ") + value;
  }

  private static String unsupported(String type, String what) {
    return "has a '" + type + "' condition, which the import cannot match against " + what;
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }

  private static String quoted(String value) {
    return "\"" + value + "\"";
  }

  private static String quotedList(String value) {
    return String.join(", ", list(value).stream().map(StudioConditions::quoted).toList());
  }

  private static Double number(String text) {
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean regex(String value, String key) {
    try {
      return Pattern.compile(value).matcher(key).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
