package org.ivrpractice.flow;

import java.util.List;
import java.util.Locale;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/** Reads a {@code collect} node: its length, check, finish key and sensitivity. */
final class CollectReader {

  /** The shortest and longest entry a collect takes. */
  private record Length(int min, int max) {}

  private CollectReader() {}

  static Node.Collect read(String id, Position at, MapReader r, ReadContext context) {
    Length length = length(id, r, context);
    DigitCheck check = check(id, r, context);
    String finishKey = finishKey(id, r, context);
    return new Node.Collect(
        id,
        at,
        context.text(r, id, "prompt"),
        length.min(),
        length.max(),
        finishKey,
        check,
        r.bool("sensitive", false),
        context.text(r, id, "invalid"),
        r.string("into"),
        context.target(r, id, "next"),
        InputSettingsReader.read(id, r, context));
  }

  /** A number ({@code 15}) or a range ({@code "4-8"}); one digit when absent or wrong. */
  private static Length length(String id, MapReader r, ReadContext context) {
    YNode length = r.node("length");
    context.wrote(id, "length", r.position("length"));
    if (length instanceof YScalar s && s.text() != null && s.text().matches("\\d+")) {
      int digits = Integer.parseInt(s.text());
      return new Length(digits, digits);
    }
    if (length instanceof YScalar s && s.text() != null && s.text().matches("\\d+\\s*-\\s*\\d+")) {
      String[] parts = s.text().split("-");
      return new Length(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }
    if (length != null) {
      context
          .problems()
          .add(
              length.position(),
              id,
              "'length' must be a number or a range such as \"4-8\", not " + length.describe(),
              "write length: 15 or length: \"4-8\"");
    }
    return new Length(1, 1);
  }

  private static DigitCheck check(String id, MapReader r, ReadContext context) {
    String name = r.string("check");
    context.wrote(id, "check", r.position("check"));
    if (name == null) {
      return DigitCheck.NONE;
    }
    try {
      return DigitCheck.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      context
          .problems()
          .add(
              r.position("check"),
              id,
              "'" + name + "' is not a check",
              Problems.suggestion(name, List.of("luhn", "date", "amount", "none"), "the checks"));
      return DigitCheck.NONE;
    }
  }

  private static String finishKey(String id, MapReader r, ReadContext context) {
    String finishKey = r.string("finishKey");
    context.wrote(id, "finishKey", r.position("finishKey"));
    if (finishKey != null && !finishKey.matches("[*#]")) {
      context
          .problems()
          .add(
              r.position("finishKey"),
              id,
              "the finish key '" + finishKey + "' must be * or #",
              "write finishKey: \"#\"");
    }
    return finishKey;
  }
}
