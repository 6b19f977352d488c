package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a problem reads, and the "did you mean" that comes with many of them. */
class ProblemsTest {

  @Test
  void problemReadsFileLineColumnNodeWhatAndFix() {
    Problem p =
        new Problem(
            new Position("hello.yaml", 14, 7),
            "main",
            "option 3 goes to unknown node [billing]",
            "did you mean 'billing-menu'?");

    assertEquals(
        "hello.yaml:14:7: [main] option 3 goes to unknown node [billing]. Fix: did you mean"
            + " 'billing-menu'?",
        p.format());
  }

  @Test
  void problemWithoutNodeLineOrFixLeavesThemOut() {
    assertEquals(
        "hello.yaml: cannot read: no such file",
        new Problem(Position.unknown("hello.yaml"), null, "cannot read: no such file", null)
            .format());
  }

  @Test
  void closestForgivesOneSlipOrTwoSwappedLetters() {
    Set<String> types = Set.of("say", "menu", "collect", "lookup", "branch", "hangup");

    assertEquals("say", Problems.closest("sya", types));
    assertEquals("collect", Problems.closest("colect", types));
    assertEquals("hangup", Problems.closest("Hangup", types));
  }

  @Test
  void shortWordsGetNoFarFetchedSuggestion() {
    assertNull(Problems.closest("ok", Set.of("no", "agent")));
    assertEquals("bye", Problems.closest("by", Set.of("bye", "main")));
  }

  @Test
  void suggestionListsTheKnownNamesInOrderWhenNoneIsClose() {
    assertEquals(
        "use one of the queues: agents, priority",
        Problems.suggestion("billing", List.of("priority", "agents"), "the queues"));
    assertEquals(
        "there are no queues yet", Problems.suggestion("billing", List.of(), "the queues"));
  }
}
