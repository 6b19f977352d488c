package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.RevisionSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RevisionSources} promises; each implementation's test runs this suite. */
abstract class RevisionSourcesContract {

  static final Duration TTL = Duration.ofSeconds(2);

  /** The bundled line's real sources: several files, Spanish text with accents. */
  static final Map<String, String> CARD_SERVICES =
      FlowLoader.load(List.of(Path.of("ivr-flows"))).sources().get("card-services");

  static final String REVISION = FlowRevision.idOf("card-services", CARD_SERVICES);

  RevisionSources sources;

  abstract RevisionSources newSources(Duration ttl);

  abstract void elapse(Duration time);

  @BeforeEach
  void freshSources() {
    sources = newSources(TTL);
  }

  @Test
  void keptSourcesAreFoundWhole() {
    done(sources.keep(REVISION, CARD_SERVICES));

    Map<String, String> found = done(sources.find(REVISION)).orElseThrow();

    assertEquals(CARD_SERVICES, found);
    assertTrue(String.join("", found.values()).contains("ñ"), "Spanish text kept as written");
    assertEquals(REVISION, FlowRevision.idOf("card-services", found));
  }

  @Test
  void anUnknownRevisionIsNotFound() {
    assertEquals(Optional.empty(), done(sources.find("0123456789ab")));
  }

  @Test
  void sourcesAreForgottenAfterTheirTimeToLive() {
    done(sources.keep(REVISION, CARD_SERVICES));

    elapse(TTL.plusMillis(200));

    assertEquals(Optional.empty(), done(sources.find(REVISION)));
  }

  @Test
  void keepingThemAgainKeepsThemLonger() {
    done(sources.keep(REVISION, CARD_SERVICES));
    elapse(TTL.dividedBy(2).plusMillis(200));

    done(sources.keep(REVISION, CARD_SERVICES));
    elapse(TTL.dividedBy(2).plusMillis(200));

    assertTrue(done(sources.find(REVISION)).isPresent());
  }

  static <T> T done(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }
}
