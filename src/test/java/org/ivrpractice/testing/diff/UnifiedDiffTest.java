package org.ivrpractice.testing.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  private static List<String> numbered(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).toList();
  }

  private static List<String> with(List<String> lines, int index, String text) {
    List<String> out = new java.util.ArrayList<>(lines);
    out.set(index, text);
    return out;
  }

  @Test
  void sameTextsHaveNoHunk() {
    assertEquals(List.of(), UnifiedDiff.between(numbered(5), numbered(5)));
  }

  @Test
  void aReplacedLineShowsWithThreeLinesOfContextAsDiffUWritesIt() {
    List<String> before = numbered(10);
    assertEquals(
        List.of(
            "@@ -2,7 +2,7 @@",
            " line 2",
            " line 3",
            " line 4",
            "-line 5",
            "+line five",
            " line 6",
            " line 7",
            " line 8"),
        UnifiedDiff.between(before, with(before, 4, "line five")));
  }

  @Test
  void changesFarApartAreTwoHunksAndNearOnesOne() {
    List<String> before = numbered(20);
    List<String> apart = with(with(before, 1, "two"), 18, "nineteen");
    assertEquals(
        List.of(
            "@@ -1,5 +1,5 @@",
            " line 1",
            "-line 2",
            "+two",
            " line 3",
            " line 4",
            " line 5",
            "@@ -16,5 +16,5 @@",
            " line 16",
            " line 17",
            " line 18",
            "-line 19",
            "+nineteen",
            " line 20"),
        UnifiedDiff.between(before, apart));
    List<String> near = with(with(before, 1, "two"), 8, "nine");
    assertEquals("@@ -1,12 +1,12 @@", UnifiedDiff.between(before, near).get(0));
  }

  @Test
  void aTextThatAppearsIsAllAdded() {
    assertEquals(
        List.of("@@ -0,0 +1,2 @@", "+line 1", "+line 2"),
        UnifiedDiff.between(List.of(), numbered(2)));
  }
}
