package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML read with positions, and its syntax errors told in a flow author's words. */
class YamlTreeTest {

  @Test
  void keysAndValuesKeepTheirLineAndColumn() throws Exception {
    YMap root =
        (YMap)
            YamlTree.read(
                "f.yaml",
                """
                id: hello
                nodes:
                  welcome: { type: say, next: main }
                """);

    YMap welcome = (YMap) ((YMap) root.get("nodes")).get("welcome");
    assertEquals(
        new Position("f.yaml", 3, 3), ((YMap) root.get("nodes")).entries().get(0).keyPosition());
    assertEquals(new Position("f.yaml", 3, 25), welcome.entry("next").keyPosition());
    assertEquals(new Position("f.yaml", 3, 31), welcome.get("next").position());
    assertEquals(List.of("type", "next"), welcome.entries().stream().map(e -> e.key()).toList());
  }

  @Test
  void scalarsRememberWhatTheyLookedLike() throws Exception {
    YMap root = (YMap) YamlTree.read("f.yaml", "a: 15\nb: \"15\"\nc: true\nd:\n");

    assertEquals(YScalar.Kind.NUMBER, ((YScalar) root.get("a")).kind());
    assertEquals(YScalar.Kind.TEXT, ((YScalar) root.get("b")).kind());
    assertEquals(YScalar.Kind.BOOLEAN, ((YScalar) root.get("c")).kind());
    assertEquals(YScalar.Kind.EMPTY, ((YScalar) root.get("d")).kind());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void commonMistakeIsExplainedWhereItIs(String what, String yaml, String expected) {
    YamlTree.YamlError error =
        assertThrows(YamlTree.YamlError.class, () -> YamlTree.read("f.yaml", yaml));

    assertEquals(expected, error.problem().format());
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        arguments(
            "unclosed quote",
            "a: 1\nprompt: \"Hello\nb: 2\n",
            "f.yaml:2:9: this quoted text is never closed. Fix: end it with the same quote it"
                + " starts with"),
        arguments(
            "colon in an unquoted value",
            "prompt: Hello: welcome\n",
            "f.yaml:1:14: this ': ' makes no sense here: a value holds ': ' without quotes, or a"
                + " key is indented too far. Fix: put the value in double quotes, or line the key"
                + " up with the keys above it"),
        arguments(
            "tab indentation",
            "nodes:\n\tbye: 1\n",
            "f.yaml:2:1: this line is indented with a tab. Fix: indent with spaces only"),
        arguments(
            "key indented less than its neighbours",
            "welcome:\n    type: say\n   next: bye\n",
            "f.yaml:3:4: this line is indented differently from the keys above it. Fix: indent each"
                + " key exactly like the other keys of the same mapping"),
        arguments(
            "unclosed flow mapping",
            "bye: { type: hangup\nagent: 1\n",
            "f.yaml:1:6: this [ ] or { } is never closed, or misses a comma between its items."
                + " Fix: close it on the same line, and separate its items with ', '"),
        arguments(
            "value starting with @",
            "prompt: @home\n",
            "f.yaml:1:9: a value cannot start with '@'. Fix: put the value in double quotes"),
        arguments(
            "duplicate key",
            "id: a\nname: A\nid: b\n",
            "f.yaml:3:1: the key 'id' appears twice in one mapping (first at line 1). Fix: keep one"
                + " of them: YAML would silently drop the other"));
  }
}
