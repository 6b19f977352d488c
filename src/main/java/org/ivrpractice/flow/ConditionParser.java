package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.flow.ConditionTokenizer.Token;

/**
 * Parses branch conditions:
 *
 * <pre>
 * or      := and ("or" and)*
 * and     := unary ("and" unary)*
 * unary   := "not" unary | "(" or ")" | test
 * test    := path (op value | "in" "(" value ("," value)* ")")?
 * value   := number | "double-quoted string"
 * </pre>
 */
public final class ConditionParser {

  /**
   * A condition that could not be parsed: what is wrong, where (0-based offset) and how to fix it.
   */
  public static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    SyntaxError(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  private final String source;
  private final List<Token> tokens;
  private int index;

  private ConditionParser(String source) throws SyntaxError {
    this.source = source;
    this.tokens = ConditionTokenizer.tokenize(source);
  }

  /** Parses a condition, or throws a {@link SyntaxError} that says what is wrong. */
  public static Condition parse(String source) throws SyntaxError {
    ConditionParser parser = new ConditionParser(source);
    Condition condition = parser.or();
    if (parser.index < parser.tokens.size()) {
      Token t = parser.tokens.get(parser.index);
      throw new SyntaxError("unexpected '" + t.text() + "'", t.offset());
    }
    return condition;
  }

  private Condition or() throws SyntaxError {
    Condition left = and();
    while (peekWord("or")) {
      index++;
      left = new Condition.Or(left, and());
    }
    return left;
  }

  private Condition and() throws SyntaxError {
    Condition left = unary();
    while (peekWord("and")) {
      index++;
      left = new Condition.And(left, unary());
    }
    return left;
  }

  private Condition unary() throws SyntaxError {
    if (peekWord("not")) {
      index++;
      return new Condition.Not(unary());
    }
    if (peek("(")) {
      index++;
      Condition inner = or();
      expect(")");
      return inner;
    }
    Token path = next("a variable such as account.tier");
    if (!path.kind().equals("word") || isKeyword(path.text())) {
      throw new SyntaxError("expected a variable, found '" + path.text() + "'", path.offset());
    }
    if (peek("op")) {
      Token op = tokens.get(index++);
      return new Condition.Compare(path.text(), op.text(), value());
    }
    if (peekWord("in")) {
      index++;
      expect("(");
      List<String> values = new ArrayList<>();
      values.add(value());
      while (peek(",")) {
        index++;
        values.add(value());
      }
      expect(")");
      return new Condition.In(path.text(), List.copyOf(values));
    }
    return new Condition.IsSet(path.text());
  }

  private String value() throws SyntaxError {
    Token t = next("a number or a \"quoted string\"");
    if (t.kind().equals("string") || t.kind().equals("number")) {
      return t.text();
    }
    throw new SyntaxError(
        "expected a number or a \"quoted string\", found '" + t.text() + "'", t.offset());
  }

  private void expect(String kind) throws SyntaxError {
    Token t = next("'" + kind + "'");
    if (!t.kind().equals(kind)) {
      throw new SyntaxError("expected '" + kind + "', found '" + t.text() + "'", t.offset());
    }
  }

  private Token next(String expected) throws SyntaxError {
    if (index >= tokens.size()) {
      throw new SyntaxError("expected " + expected + " at the end", source.length());
    }
    return tokens.get(index++);
  }

  private boolean peek(String kind) {
    return index < tokens.size() && tokens.get(index).kind().equals(kind);
  }

  private boolean peekWord(String word) {
    return index < tokens.size()
        && tokens.get(index).kind().equals("word")
        && tokens.get(index).text().equals(word);
  }

  private static boolean isKeyword(String word) {
    return word.equals("and") || word.equals("or") || word.equals("not") || word.equals("in");
  }
}
