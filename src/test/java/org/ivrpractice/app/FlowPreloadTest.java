package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.Test;

class FlowPreloadTest {

  @Test
  void theServerTakesThePreloadedFlowsOfItsFolderOnce() {
    FlowPreload.start(Path.of("ivr-flows"));
    LoadResult loaded = FlowPreload.take(Path.of("ivr-flows")).orElseThrow();
    assertTrue(loaded.ok());
    assertTrue(loaded.flows().containsKey("card-services"));
    assertTrue(FlowPreload.take(Path.of("ivr-flows")).isEmpty(), "taken once");
  }

  @Test
  void aPreloadOfAnotherFolderIsNotUsedNorKept() {
    FlowPreload.start(Path.of("ivr-flows"));
    assertTrue(FlowPreload.take(Path.of("src/test/resources/twilio-flows")).isEmpty());
    assertTrue(FlowPreload.take(Path.of("ivr-flows")).isEmpty(), "dropped by the first take");
  }

  @Test
  void aFolderThatCannotBeLoadedGivesWhatTheLoaderSays() {
    FlowPreload.start(Path.of("no-such-folder"));
    LoadResult loaded = FlowPreload.take(Path.of("no-such-folder")).orElseThrow();
    assertFalse(loaded.ok(), "the catalog reports the loader's problems as usual");
    assertFalse(loaded.problems().isEmpty());
  }
}
