package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.ivrpractice.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog reloads its folder: a valid edit is the line's new revision for new calls, a broken one
 * is refused and the last good revision keeps answering, and a call keeps the revision it started
 * on (here, or through the sources kept for other instances) until it ends.
 */
class FlowCatalogRevisionsTest {

  private static final String LINE =
      """
      id: line
      name: A line
      locales: [en-US]
      queues:
        agents: { label: Agents, wait: 60 }
      nodes:
        main:
          type: menu
          prompt: "%s"
          options:
            - { digit: 1, label: hours, goto: hours }
        hours:
          type: hangup
          prompt: "Open nine to five. Goodbye."
        agent:
          type: transfer
          queue: agents
          prompt: "Please hold."
      """;

  @TempDir Path folder;
  private final TestClock clock = new TestClock();
  private final Map<String, Map<String, String>> elsewhere = new ConcurrentHashMap<>();
  private FlowCatalog catalog;

  @BeforeEach
  void aFolderWithOneLine() throws IOException {
    write("For hours, press 1.");
    catalog = catalog(new FlowCatalog.Settings(4, Duration.ofMinutes(30), Duration.ofMinutes(5)));
    assertEquals(List.of("line"), catalog.lineIds());
  }

  @Test
  void aValidEditIsTheNewRevisionForNewCallsAndACallKeepsItsOwn() throws IOException {
    FlowRevision first = catalog.current("line").orElseThrow();
    catalog.pin(first, "call-1");

    write("For opening hours, press 1.");
    CatalogReload reload = catalog.reload();

    FlowRevision second = catalog.current("line").orElseThrow();
    assertEquals(List.of(second), reload.live());
    assertNotEquals(first.id(), second.id());
    assertEquals("For opening hours, press 1.", prompt(catalog.line("line").orElseThrow()));
    Flow pinned = catalog.flowOf("line", first.id(), "call-1").toCompletableFuture().join().get();
    assertEquals("For hours, press 1.", prompt(pinned));
    assertEquals(1, catalog.generation());
  }

  @Test
  void anOldRevisionIsFreedWhenItsLastCallEnds() throws IOException {
    FlowRevision first = catalog.current("line").orElseThrow();
    catalog.pin(first, "call-1");
    catalog.pin(first, "call-2");
    write("For opening hours, press 1.");
    catalog.reload();

    catalog.release(first.id(), "call-1");
    assertTrue(catalog.kept("line", first.id()).isPresent(), "call-2 still uses it");
    catalog.release(first.id(), "call-2");

    assertTrue(catalog.kept("line", first.id()).isEmpty());
    assertEquals(1, catalog.keptRevisions());
  }

  @Test
  void anOldRevisionNoCallHasUsedForTheCallsTimeToLiveIsFreed() throws IOException {
    FlowRevision first = catalog.current("line").orElseThrow();
    catalog.pin(first, "call-that-expires");
    write("For opening hours, press 1.");
    catalog.reload();

    clock.advance(Duration.ofMinutes(31));
    write("For our opening hours, press 1.");
    catalog.reload();

    assertTrue(catalog.kept("line", first.id()).isEmpty());
  }

  @Test
  void callsThatNeverSayTheyEndedAreDroppedFromTheCountAfterTheTimeToLive() {
    FlowRevision line = catalog.current("line").orElseThrow();
    for (int i = 0; i < 1_000; i++) {
      catalog.pin(line, "abandoned-" + i);
    }
    clock.advance(Duration.ofMinutes(31));
    for (int i = 0; i < 1_000; i++) {
      catalog.pin(line, "live-" + i);
    }

    assertTrue(catalog.callsOn(line.id()) <= 1_000 + 64, "counted: " + catalog.callsOn(line.id()));
    assertTrue(catalog.callsOn(line.id()) >= 1_000);
  }

  @Test
  void atMostTheConfiguredNumberOfRevisionsAreKept() throws IOException {
    for (int i = 0; i < 6; i++) {
      catalog.pin(catalog.current("line").orElseThrow(), "call-" + i);
      clock.advance(Duration.ofSeconds(1));
      write("Edit number " + i + ". For hours, press 1.");
      catalog.reload();
    }

    assertEquals(4, catalog.keptRevisions());
    assertTrue(catalog.kept("line", catalog.current("line").orElseThrow().id()).isPresent());
  }

  @Test
  void aBrokenEditIsRefusedWithItsProblemsAndTheLastGoodRevisionKeepsAnswering()
      throws IOException {
    FlowRevision good = catalog.current("line").orElseThrow();
    Files.writeString(
        folder.resolve("line.yaml"), LINE.formatted("x").replace("goto: hours", "goto: hourz"));

    CatalogReload reload = catalog.reload();

    assertEquals(good, catalog.current("line").orElseThrow());
    assertTrue(reload.live().isEmpty());
    List<Problem> problems = catalog.refused("line");
    assertEquals(1, problems.size(), () -> problems.toString());
    assertTrue(problems.get(0).message().contains("hourz"), problems.get(0).format());
    assertEquals(11, problems.get(0).position().line());
    assertEquals(problems, reload.refused().get("line"));

    write("For hours, press 1 now.");
    catalog.reload();
    assertTrue(catalog.refused("line").isEmpty());
  }

  @Test
  void aLineWhoseFileIsRemovedIsGone() throws IOException {
    Files.delete(folder.resolve("line.yaml"));

    CatalogReload reload = catalog.reload();

    assertEquals(List.of("line"), reload.removed());
    assertTrue(catalog.line("line").isEmpty());
  }

  @Test
  void anotherInstanceFindsAPinnedRevisionInTheSharedSources() throws IOException {
    FlowRevision first = catalog.current("line").orElseThrow();
    catalog.pin(first, "call-1").toCompletableFuture().join();
    write("For opening hours, press 1.");
    FlowCatalog other = catalog(FlowCatalog.Settings.DEFAULT);
    other.line("line");

    Optional<Flow> found = other.flowOf("line", first.id(), "call-1").toCompletableFuture().join();

    assertEquals("For hours, press 1.", prompt(found.orElseThrow()));
    assertEquals("For opening hours, press 1.", prompt(other.line("line").orElseThrow()));
    assertTrue(other.flowOf("line", "0123456789ab", "c").toCompletableFuture().join().isEmpty());
  }

  @Test
  void aDraftIsARevisionOfItsOwnTheSimulatorCanCall() {
    FlowCatalog.DraftResult draft = catalog.draft("line", LINE.formatted("A draft prompt."));

    assertNotNull(draft.revision());
    assertTrue(draft.revision().endsWith("-draft"));
    Flow flow = catalog.kept("line", draft.revision()).orElseThrow().flow();
    assertEquals("A draft prompt.", prompt(flow));
    assertEquals("For hours, press 1.", prompt(catalog.line("line").orElseThrow()));

    FlowCatalog.DraftResult broken =
        catalog.draft("line", LINE.formatted("x").replace("goto: hours", "goto: hourz"));
    assertNull(broken.revision());
    assertEquals(11, broken.problems().get(0).position().line());
  }

  private FlowCatalog catalog(FlowCatalog.Settings settings) {
    return new FlowCatalog(
        folder, () -> FlowLoader.load(List.of(folder)), settings, new MapSources(), clock);
  }

  private void write(String prompt) throws IOException {
    Files.writeString(folder.resolve("line.yaml"), LINE.formatted(prompt));
  }

  private static String prompt(Flow flow) {
    return ((Node.Menu) flow.node("main")).prompt().in("en-US").source();
  }

  private final class MapSources implements RevisionSources {
    @Override
    public CompletionStage<Void> keep(String revision, Map<String, String> sources) {
      elsewhere.put(revision, sources);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Optional<Map<String, String>>> find(String revision) {
      return CompletableFuture.completedFuture(Optional.ofNullable(elsewhere.get(revision)));
    }
  }
}
