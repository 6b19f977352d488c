package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.ivrpractice.flow.Template.Literal;
import org.ivrpractice.flow.Template.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Texts with variables in braces, as flow authors write them. */
class TemplateTest {

  @Test
  void variablesAreSplitFromTheWordsAroundThem() {
    Template t = parsed("You have {account.points} points, {account.holder}.");

    assertEquals(
        List.of(
            new Literal("You have "),
            new Variable("account.points", false),
            new Literal(" points, "),
            new Variable("account.holder", false),
            new Literal(".")),
        t.parts());
    assertEquals(
        List.of(new Variable("account.points", false), new Variable("account.holder", false)),
        t.variables());
  }

  @Test
  void digitsFormatReadsTheValueDigitByDigit() {
    assertEquals(
        List.of(new Literal("Reference "), new Variable("ref", true)),
        parsed("Reference {ref|digits}").parts());
  }

  @Test
  void spacesInsideTheBracesAreAllowed() {
    assertEquals(List.of(new Variable("ref", true)), parsed("{ ref | digits }").parts());
  }

  @Test
  void doubledBracesWriteLiteralBraces() {
    Template t = parsed("Press {{star}} for {item}.");

    assertEquals(
        List.of(new Literal("Press {star} for "), new Variable("item", false), new Literal(".")),
        t.parts());
  }

  @Test
  void plainTextIsOneLiteral() {
    assertEquals(List.of(new Literal("Goodbye.")), parsed("Goodbye.").parts());
    assertEquals(List.of(), parsed("").parts());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void mistakeIsReportedWithAFix(String source, String error, String fix) {
    Template.Parsed parsed = Template.parse(source);

    assertNull(parsed.template());
    assertEquals(error, parsed.error());
    assertEquals(fix, parsed.fix());
  }

  private static Template parsed(String source) {
    Template.Parsed parsed = Template.parse(source);
    assertNull(parsed.error(), () -> "did not parse: " + parsed.error());
    return parsed.template();
  }

  static Stream<Arguments> mistakes() {
    String variableFix = "write a variable path such as {account.points}, optionally with |digits";
    return Stream.of(
        arguments(
            "You have {points points.",
            "a '{' has no closing '}'",
            "close the variable with '}' or write '{{'"),
        arguments("Closing } alone", "a '}' has no opening '{'", "write '}}' for a literal brace"),
        arguments("{ref|money}", "'{ref|money}' is not a variable", variableFix),
        arguments("{}", "'{}' is not a variable", variableFix),
        arguments("{account.}", "'{account.}' is not a variable", variableFix),
        arguments("{a|digits|digits}", "'{a|digits|digits}' is not a variable", variableFix));
  }
}
