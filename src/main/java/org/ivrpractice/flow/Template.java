package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text with variables in braces: {@code "You have {account.points} points."}. {@code
 * {ref|digits}} reads a value digit by digit; {@code {{} and {@code }}} write literal braces.
 */
public record Template(String source, List<Part> parts) {

  /** A piece of a template. */
  public sealed interface Part permits Literal, Variable {}

  /** Text spoken as written. */
  public record Literal(String text) implements Part {}

  /**
   * A variable's value.
   *
   * @param path the variable, for example {@code account.points}
   * @param digits true to read the value digit by digit
   */
  public record Variable(String path, boolean digits) implements Part {}

  /** The formats a variable may take after {@code |}. */
  public static final List<String> FORMATS = List.of("digits");

  /**
   * Parses a template.
   *
   * @return the template, or an error message saying what is wrong with it
   */
  public static Parsed parse(String source) {
    return new Parser(source).parse();
  }

  /** A plain text with no variables. */
  public static Template literal(String text) {
    return new Template(text, List.of(new Literal(text)));
  }

  private static Optional<Variable> variable(String inside) {
    String[] pieces = inside.split("\\|", -1);
    if (pieces.length > 2) {
      return Optional.empty();
    }
    String path = pieces[0].trim();
    if (!path.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*")) {
      return Optional.empty();
    }
    if (pieces.length == 2 && !FORMATS.contains(pieces[1].trim())) {
      return Optional.empty();
    }
    return Optional.of(new Variable(path, pieces.length == 2));
  }

  /** The variables this template reads. */
  public List<Variable> variables() {
    return parts.stream().filter(Variable.class::isInstance).map(Variable.class::cast).toList();
  }

  /** The outcome of {@link #parse}: a template, or an error with a fix. */
  public record Parsed(Template template, String error, String fix) {
    static Parsed error(String error, String fix) {
      return new Parsed(null, error, fix);
    }
  }

  /** Reads a template's source left to right into literal and variable parts. */
  private static final class Parser {
    private final String source;
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private int i;

    Parser(String source) {
      this.source = source;
    }

    Parsed parse() {
      while (i < source.length()) {
        Parsed error = step();
        if (error != null) {
          return error;
        }
      }
      endLiteral();
      return new Parsed(new Template(source, List.copyOf(parts)), null, null);
    }

    /** Reads a character, a doubled brace or a variable; returns an error, or null to go on. */
    private Parsed step() {
      char c = source.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < source.length() && source.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
        return null;
      }
      if (c == '{') {
        return variable();
      }
      if (c == '}') {
        return Parsed.error("a '}' has no opening '{'", "write '}}' for a literal brace");
      }
      literal.append(c);
      i++;
      return null;
    }

    private Parsed variable() {
      int end = source.indexOf('}', i);
      if (end < 0) {
        return Parsed.error(
            "a '{' has no closing '}'", "close the variable with '}' or write '{{'");
      }
      String inside = source.substring(i + 1, end).trim();
      Optional<Variable> variable = Template.variable(inside);
      if (variable.isEmpty()) {
        return Parsed.error(
            "'{" + inside + "}' is not a variable",
            "write a variable path such as {account.points}, optionally with |digits");
      }
      endLiteral();
      parts.add(variable.get());
      i = end + 1;
      return null;
    }

    private void endLiteral() {
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }
}
