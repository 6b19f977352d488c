package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.flow.ConditionParser.SyntaxError;

/**
 * Splits a branch condition into tokens: brackets and commas, "quoted strings", operators ({@code
 * == != < <= > >=}), numbers and words (variables and the keywords and, or, not, in).
 */
final class ConditionTokenizer {

  /**
   * A token.
   *
   * @param kind {@code (}, {@code )}, {@code ,}, {@code string}, {@code op}, {@code number} or
   *     {@code word}
   * @param text the token as written, without a string's quotes
   * @param offset where it starts in the condition (0-based)
   */
  record Token(String kind, String text, int offset) {}

  private final String s;
  private final List<Token> out = new ArrayList<>();
  private int i;

  private ConditionTokenizer(String source) {
    this.s = source;
  }

  static List<Token> tokenize(String source) throws SyntaxError {
    ConditionTokenizer tokenizer = new ConditionTokenizer(source);
    while (tokenizer.i < source.length()) {
      tokenizer.next();
    }
    return tokenizer.out;
  }

  private void next() throws SyntaxError {
    char c = s.charAt(i);
    if (Character.isWhitespace(c)) {
      i++;
    } else if (c == '(' || c == ')' || c == ',') {
      out.add(new Token(String.valueOf(c), String.valueOf(c), i++));
    } else if (c == '"') {
      string();
    } else if ("=!<>".indexOf(c) >= 0) {
      operator();
    } else if (Character.isDigit(c)
        || (c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
      number();
    } else if (Character.isLetter(c) || c == '_') {
      word();
    } else {
      throw new SyntaxError("unexpected character '" + c + "'", i);
    }
  }

  private void string() throws SyntaxError {
    int end = s.indexOf('"', i + 1);
    if (end < 0) {
      throw new SyntaxError("a string has no closing '\"'", i);
    }
    out.add(new Token("string", s.substring(i + 1, end), i));
    i = end + 1;
  }

  private void operator() throws SyntaxError {
    int start = i;
    i++;
    if (i < s.length() && s.charAt(i) == '=') {
      i++;
    }
    String op = s.substring(start, i);
    if (op.equals("=") || op.equals("!")) {
      throw new SyntaxError("'" + op + "' is not an operator (write == or !=)", start);
    }
    out.add(new Token("op", op, start));
  }

  private void number() throws SyntaxError {
    int start = i++;
    i = skipDigits(i);
    if (i + 1 < s.length() && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
      i = skipDigits(i + 1);
    }
    if (i < s.length() && (s.charAt(i) == '.' || Character.isLetter(s.charAt(i)))) {
      int end = i;
      while (end < s.length()
          && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.')) {
        end++;
      }
      throw new SyntaxError("'" + s.substring(start, end) + "' is not a number", start);
    }
    out.add(new Token("number", s.substring(start, i), start));
  }

  private void word() {
    int start = i;
    while (i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i)) || "._-".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    out.add(new Token("word", s.substring(start, i), start));
  }

  private int skipDigits(int from) {
    int at = from;
    while (at < s.length() && Character.isDigit(s.charAt(at))) {
      at++;
    }
    return at;
  }
}
