package org.ivrpractice.flow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in words a flow author knows, at the place to look: where the broken
 * construct starts when the file simply ends inside it, else where the parser gave up.
 */
final class YamlSyntaxProblem {

  private static final Pattern BAD_START =
      Pattern.compile("found character '(.)' that cannot start any token");

  private static final String GENERIC_FIX =
      "check the indentation and quoting near this line (a value with ': ' or ' #' needs quotes)";

  private YamlSyntaxProblem() {}

  static Problem of(String file, JsonProcessingException e) {
    if (!(e.getCause() instanceof MarkedYAMLException y) || y.getProblemMark() == null) {
      JsonLocation at = e.getLocation();
      Position pos =
          at == null
              ? Position.unknown(file)
              : new Position(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
      return new Problem(
          pos, null, "this is not valid YAML: " + firstLine(e.getOriginalMessage()), GENERIC_FIX);
    }
    String problem = firstLine(y.getProblem());
    String context = y.getContext() == null ? "" : firstLine(y.getContext());
    boolean endedInside =
        problem.contains("end of stream")
            || problem.contains("<stream end>")
            || problem.startsWith("expected ',' or");
    Mark mark = endedInside && y.getContextMark() != null ? y.getContextMark() : y.getProblemMark();
    Position pos = new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    return endedInside ? endedInside(pos, problem, context) : gaveUp(pos, problem, context);
  }

  /** The file ends inside a construct that was never closed. */
  private static Problem endedInside(Position pos, String problem, String context) {
    if (context.contains("quoted scalar")) {
      return new Problem(
          pos,
          null,
          "this quoted text is never closed",
          "end it with the same quote it starts with");
    }
    if (context.contains("flow")) {
      return new Problem(
          pos,
          null,
          "this [ ] or { } is never closed, or misses a comma between its items",
          "close it on the same line, and separate its items with ', '");
    }
    return gaveUp(pos, problem, context);
  }

  /** The parser stopped at something it could not read. */
  private static Problem gaveUp(Position pos, String problem, String context) {
    Matcher character = BAD_START.matcher(problem);
    if (character.find()) {
      return new Problem(
          pos,
          null,
          "a value cannot start with '" + character.group(1) + "'",
          "put the value in double quotes");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return new Problem(
          pos,
          null,
          "this ': ' makes no sense here: a value holds ': ' without quotes, or a key is"
              + " indented too far",
          "put the value in double quotes, or line the key up with the keys above it");
    }
    if (problem.contains("(TAB)")) {
      return new Problem(pos, null, "this line is indented with a tab", "indent with spaces only");
    }
    if (problem.startsWith("expected <block end>")) {
      return new Problem(
          pos,
          null,
          "this line is indented differently from the keys above it",
          "indent each key exactly like the other keys of the same mapping");
    }
    String what = context.isEmpty() ? problem : problem + " " + context;
    return new Problem(pos, null, "this is not valid YAML: " + what, GENERIC_FIX);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.strip().lines().findFirst().orElse(message);
    return line.replaceAll("\\s+", " ");
  }
}
