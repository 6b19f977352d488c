package org.ivrpractice.testing.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Outcome;
import org.junit.jupiter.api.Test;

class PathFinderTest {

  private final PathFinder finder = new PathFinder();
  private final Flow bank = ExploreFlows.bank();

  @Test
  void quickestWayToAnAgentIsTheZeroKey() {
    PathFinder.Path path =
        finder.shortest(bank, null, PathFinder.transfersTo("agents")).orElseThrow();
    assertEquals(List.of("press 0"), path.descriptions());
    assertEquals(List.of(new Input.Digits("0")), path.inputs());
    // welcome 4 words + menu 9 words + "Please hold." 2 words = 15 words = 6 s, and 1 key
    assertEquals(7.0, path.seconds(), 1e-9);
  }

  @Test
  void priorityQueueIsReachedWithThePlatinumPracticeCard() {
    PathFinder.Path path =
        finder.shortest(bank, null, PathFinder.transfersTo("priority")).orElseThrow();
    assertEquals(List.of("press 2", "enter •••••••••••1000"), path.descriptions());
    // 13 words at the start, 4 for the card prompt, 2 for the transfer: 7.6 s; 16 keys
    assertEquals(23.6, path.seconds(), 1e-9);
    assertEquals("press 2, enter •••••••••••1000 (about 24 s)", path.describe());
  }

  @Test
  void reachingANodeCountsTheNodesPassedThrough() {
    PathFinder.Path path =
        finder.shortest(bank, null, PathFinder.reaches(bank, "route")).orElseThrow();
    assertEquals(List.of("press 2", "enter •••••••••••0005"), path.descriptions());
  }

  @Test
  void selfServiceEndsAtTheHoursMessage() {
    PathFinder.Path path =
        finder.shortest(bank, null, PathFinder.endsWith(Outcome.SELF_SERVED)).orElseThrow();
    assertEquals(List.of("press 1"), path.descriptions());
    assertEquals((4 + 9 + 5) / 2.5 + 1, path.seconds(), 1e-9);
  }

  @Test
  void aGoalNoCallMeetsIsNotFound() {
    assertTrue(finder.shortest(bank, null, PathFinder.transfersTo("nowhere")).isEmpty());
  }

  @Test
  void aGoalMetAtTheStartNeedsNoInput() {
    PathFinder.Path path =
        finder.shortest(bank, null, PathFinder.reaches(bank, "main")).orElseThrow();
    assertEquals(List.of(), path.inputs());
    assertEquals(13 / 2.5, path.seconds(), 1e-9);
  }
}
