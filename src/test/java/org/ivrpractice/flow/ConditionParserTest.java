package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Branch conditions: how they parse, what they mean, and how a mistake is pointed out. */
class ConditionParserTest {

  @Test
  void andBindsTighterThanOr() throws Exception {
    assertEquals(
        new Condition.Or(
            new Condition.IsSet("a"),
            new Condition.And(new Condition.IsSet("b"), new Condition.IsSet("c"))),
        ConditionParser.parse("a or b and c"));
  }

  @Test
  void notBindsTighterThanAnd() throws Exception {
    assertEquals(
        new Condition.And(new Condition.Not(new Condition.IsSet("a")), new Condition.IsSet("b")),
        ConditionParser.parse("not a and b"));
  }

  @Test
  void parenthesesGroupFirst() throws Exception {
    assertEquals(
        new Condition.And(
            new Condition.Or(new Condition.IsSet("a"), new Condition.IsSet("b")),
            new Condition.IsSet("c")),
        ConditionParser.parse("(a or b) and c"));
  }

  @Test
  void orAndAndReadLeftToRight() throws Exception {
    assertEquals(
        new Condition.Or(
            new Condition.Or(new Condition.IsSet("a"), new Condition.IsSet("b")),
            new Condition.IsSet("c")),
        ConditionParser.parse("a or b or c"));
  }

  @Test
  void inListsQuotedStringsAndNumbers() throws Exception {
    assertEquals(
        new Condition.In("account.tier", List.of("Platinum", "Centurion", "7")),
        ConditionParser.parse("account.tier in (\"Platinum\", \"Centurion\", 7)"));
  }

  @Test
  void quotedStringKeepsSpacesAndKeywords() throws Exception {
    Condition c = ConditionParser.parse("reason == \"lost and not found\"");

    assertEquals(new Condition.Compare("reason", "==", "lost and not found"), c);
  }

  @ParameterizedTest(name = "{0} with points={1} is {2}")
  @CsvSource({
    "points > 1000, 12480, true",
    "points > 1000, 1000, false",
    "points >= 1000, 1000, true",
    "points < 10.5, 10.25, true",
    "points <= -5, -5, true",
    "points == 1000, 1000.00, true",
    "points != 1000, 999, true",
    "points > 1000, lots, false",
  })
  void numbersCompareAsNumbers(String condition, String points, boolean expected) throws Exception {
    assertEquals(expected, ConditionParser.parse(condition).test(Map.of("points", points)));
  }

  @Test
  void equalityOfTextIgnoresCase() throws Exception {
    Condition c = ConditionParser.parse("account.tier == \"Platinum\"");

    assertTrue(c.test(Map.of("account.tier", "platinum")));
    assertFalse(c.test(Map.of("account.tier", "Gold")));
    assertFalse(c.test(Map.of()));
  }

  @Test
  void inHoldsForAnyListedValue() throws Exception {
    Condition c = ConditionParser.parse("account.tier in (\"Platinum\", \"Centurion\")");

    assertTrue(c.test(Map.of("account.tier", "Centurion")));
    assertFalse(c.test(Map.of("account.tier", "Gold")));
    assertFalse(c.test(Map.of()));
  }

  @Test
  void aPathAloneHoldsWhenTheVariableIsSetAndNotEmpty() throws Exception {
    Condition c = ConditionParser.parse("account.flagged.merchant");

    assertTrue(c.test(Map.of("account.flagged.merchant", "Quickship Online")));
    assertFalse(c.test(Map.of("account.flagged.merchant", "")));
    assertFalse(c.test(Map.of()));
  }

  @Test
  void anUnsetVariableIsUnequalToEverything() throws Exception {
    assertTrue(ConditionParser.parse("tier != \"Gold\"").test(Map.of()));
    assertFalse(ConditionParser.parse("points < 5").test(Map.of()));
  }

  @Test
  void pathsListsEveryVariableRead() throws Exception {
    List<String> paths = new ArrayList<>();

    ConditionParser.parse("not (a == 1 or b in (2)) and c").paths(paths::add);

    assertEquals(List.of("a", "b", "c"), paths);
  }

  @ParameterizedTest(name = "[{0}] at {1}: {2}")
  @MethodSource("mistakes")
  void mistakeIsReportedWithItsOffset(String source, int offset, String message) {
    ConditionParser.SyntaxError error =
        assertThrows(ConditionParser.SyntaxError.class, () -> ConditionParser.parse(source));

    assertEquals(message, error.getMessage());
    assertEquals(offset, error.offset());
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        arguments("pin = \"1234\"", 4, "'=' is not an operator (write == or !=)"),
        arguments(
            "tier == Platinum", 8, "expected a number or a \"quoted string\", found 'Platinum'"),
        arguments("tier in (\"a\", \"b\"", 17, "expected ')' at the end"),
        arguments("(a and b", 8, "expected ')' at the end"),
        arguments("a and", 5, "expected a variable such as account.tier at the end"),
        arguments("name == \"x", 8, "a string has no closing '\"'"),
        arguments("a b", 2, "unexpected 'b'"),
        arguments("and x", 0, "expected a variable, found 'and'"),
        arguments("a # b", 2, "unexpected character '#'"),
        arguments("points > 1.2.3", 9, "'1.2.3' is not a number"),
        arguments("tier in \"Gold\"", 8, "expected '(', found 'Gold'"),
        arguments("", 0, "expected a variable such as account.tier at the end"));
  }
}
