package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flows that ship in {@code ivr-flows/} load without a single problem. */
class BundledFlowsTest {

  private static LoadResult bundled;

  @BeforeAll
  static void loadTheFlowsFolder() {
    bundled = FlowLoader.load(List.of(Path.of("ivr-flows")));
  }

  @Test
  void bundledFlowsHaveNoProblems() {
    assertEquals(
        List.of(),
        bundled.problems(),
        () ->
            "the bundled flows have problems:\n"
                + bundled.problems().stream()
                    .map(Problem::format)
                    .collect(Collectors.joining("\n")));
  }

  @Test
  void cardServicesHelloAndVerifyCardAreLoaded() {
    Set<String> ids = bundled.flows().keySet();

    assertTrue(
        ids.containsAll(Set.of("card-services", "hello", "verify-card")),
        () -> "loaded only " + ids);
  }

  @Test
  void cardServicesIsLinkedToTheVerifyCardSubflow() {
    Flow cardServices = bundled.flow("card-services");

    assertTrue(
        cardServices.subflows().containsKey("verify-card"),
        () -> "linked: " + cardServices.subflows().keySet());
    assertTrue(cardServices.flow("verify-card").isSubflow());
    assertEquals("practice.data.yaml", cardServices.flow("verify-card").data().file());
  }
}
