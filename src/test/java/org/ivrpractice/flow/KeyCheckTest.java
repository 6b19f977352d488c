package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one check of a mapping's keys that every reader of the project's YAML files uses. */
class KeyCheckTest {

  private static final Set<String> KEYS = Set.of("id", "title", "goal");

  @Test
  void unknownKeyIsReportedAtTheKeyWithADidYouMean() throws YamlTree.YamlError {
    assertEquals(
        List.of("m.yaml:2:1: a mission has no key 'titel'. Fix: did you mean 'title'?"),
        check("id: one\ntitel: Lost card\ngoal: x\n", Map.of("title", "add title: ...")));
  }

  @Test
  void unknownKeyFarFromAnyIsReportedWithTheKnownKeys() throws YamlTree.YamlError {
    assertEquals(
        List.of(
            "m.yaml:1:12: a mission has no key 'colour'. Fix: use one of its keys: goal, id,"
                + " title"),
        check("{ id: one, colour: blue }", Map.of()));
  }

  @Test
  void missingKeysAreReportedAtTheMappingInAlphabeticalOrder() throws YamlTree.YamlError {
    assertEquals(
        List.of(
            "m.yaml:1:1: a mission needs 'goal'. Fix: add goal: ...",
            "m.yaml:1:1: a mission needs 'title'. Fix: add title: ..."),
        check("id: one\n", Map.of("title", "add title: ...", "goal", "add goal: ...")));
  }

  @Test
  void missingKeyThatAnUnknownOneWasMeantToBeIsNotReportedTwice() throws YamlTree.YamlError {
    assertEquals(
        List.of("m.yaml:2:1: a mission has no key 'gaol'. Fix: did you mean 'goal'?"),
        check("id: one\ngaol: x\ntitle: t\n", Map.of("goal", "add goal: ...")));
  }

  @Test
  void theProblemNamesTheNodeTheMappingBelongsTo() throws YamlTree.YamlError {
    Problems problems = new Problems();
    KeyCheck.check(map("{ id: one, gol: x }"), KEYS, Map.of(), "main", "option 1", problems);
    assertEquals(
        List.of("m.yaml:1:12: [main] option 1 has no key 'gol'. Fix: did you mean 'goal'?"),
        problems.sorted().stream().map(Problem::format).toList());
  }

  private static List<String> check(String yaml, Map<String, String> required)
      throws YamlTree.YamlError {
    Problems problems = new Problems();
    KeyCheck.check(map(yaml), KEYS, required, null, "a mission", problems);
    return problems.sorted().stream().map(Problem::format).toList();
  }

  private static YamlTree.YMap map(String yaml) throws YamlTree.YamlError {
    return (YamlTree.YMap) YamlTree.read("m.yaml", yaml);
  }
}
