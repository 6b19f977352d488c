package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A load keeps, for each line, the texts it was made of: enough to load the same line again on
 * another instance, and to name its revision the same way everywhere.
 */
class FlowSourcesTest {

  private static final LoadResult BUNDLED = FlowLoader.load(List.of(Path.of("ivr-flows")));

  @Test
  void aLinesSourcesAreItsFileItsSubflowsAndTheirPracticeData() {
    Map<String, String> sources = BUNDLED.sources().get("card-services");

    assertTrue(
        sources
            .keySet()
            .containsAll(
                Set.of(
                    "card-services.yaml",
                    "verify-card.yaml",
                    "lost-card.yaml",
                    "practice.data.yaml")),
        () -> "sources: " + sources.keySet());
    assertTrue(sources.keySet().stream().noneMatch(n -> n.startsWith("hello")));
    assertEquals(Set.of("hello.yaml"), BUNDLED.sources().get("hello").keySet());
  }

  @Test
  void loadingTheSourcesAgainMakesTheSameLine() {
    Map<String, String> sources = BUNDLED.sources().get("card-services");

    LoadResult again = FlowRevision.load(sources);

    assertEquals(List.of(), again.problems());
    Flow before = BUNDLED.flow("card-services");
    Flow after = again.flow("card-services");
    assertEquals(before.nodes().keySet(), after.nodes().keySet());
    assertEquals(before.subflows().keySet(), after.subflows().keySet());
    assertEquals(sources, again.sources().get("card-services"));
  }

  @Test
  void aRevisionIsNamedByItsSourcesSoEveryInstanceNamesItAlike() {
    Map<String, String> sources = BUNDLED.sources().get("card-services");
    Map<String, String> edited = new HashMap<>(sources);
    edited.put("card-services.yaml", sources.get("card-services.yaml") + "\n# a comment\n");

    String id = FlowRevision.of(BUNDLED.flow("card-services"), sources, Instant.EPOCH).id();

    assertEquals(id, FlowRevision.idOf("card-services", new HashMap<>(sources)));
    assertEquals(12, id.length());
    assertNotEquals(id, FlowRevision.idOf("card-services", edited));
    assertNotEquals(id, FlowRevision.idOf("hello", sources));
  }
}
