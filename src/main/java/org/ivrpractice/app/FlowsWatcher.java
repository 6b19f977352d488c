package org.ivrpractice.app;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.CatalogReload;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.FolderWatch;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.practice.FlowAnalysis;
import org.ivrpractice.practice.MissionCatalog;
import org.jboss.logging.Logger;

/**
 * Hot reload: watches the flows folder while the server runs and loads it again after each burst of
 * saves. A valid change is live for new calls at once (calls in progress keep their revision); a
 * broken one is refused with every problem logged, as {@code check} prints them, and the last good
 * revision keeps answering. Practice missions, scenarios and analyses are read again too.
 */
@Singleton
public class FlowsWatcher {

  private static final Logger LOG = Logger.getLogger(FlowsWatcher.class);

  /** How long the folder must be quiet after a save before it is read (editors write twice). */
  static final Duration SETTLE = Duration.ofMillis(200);

  private final FlowsConfig config;
  private final FlowCatalog flows;
  private final MissionCatalog missions;
  private final FlowAnalysis analysis;
  private FolderWatch watch;

  public FlowsWatcher(
      FlowsConfig config, FlowCatalog flows, MissionCatalog missions, FlowAnalysis analysis) {
    this.config = config;
    this.flows = flows;
    this.missions = missions;
    this.analysis = analysis;
  }

  /** Starts watching the folder, when the configuration asks for it ({@code ivr.flows.watch}). */
  synchronized void start() {
    if (!config.watch() || watch != null) {
      return;
    }
    try {
      watch = FolderWatch.start(flows.folder(), SETTLE, FolderWatch.YAML, this::reload);
      LOG.infof("Watching %s: saved changes are live for new calls", config.dir());
    } catch (IOException e) {
      LOG.warnf(
          "Cannot watch %s (%s): changes to the flows need a restart",
          config.dir(), e.getMessage());
    }
  }

  /** Loads the folder again and says what changed. */
  void reload() {
    CatalogReload reload;
    try {
      reload = flows.reload();
    } catch (RuntimeException | StackOverflowError e) {
      // A file no reader expected (nested beyond reason, say): the watch must go on.
      LOG.error("Reading the flows again failed; the lines keep their last good revision", e);
      return;
    }
    analysis.forget();
    for (FlowRevision live : reload.live()) {
      LOG.infof(
          "Line %s: revision %s is live for new calls (calls in progress keep theirs)",
          live.flowId(), live.id());
    }
    for (Map.Entry<String, List<Problem>> refused : reload.refused().entrySet()) {
      LOG.errorf(
          "Line %s: the edit was refused, revision %s keeps answering. Its problems:%n%s",
          refused.getKey(),
          flows.current(refused.getKey()).map(FlowRevision::id).orElse("?"),
          Problems.report(refused.getValue()));
    }
    reload.removed().forEach(id -> LOG.infof("Line %s: its file is gone; no new calls", id));
    List<Problem> others =
        reload.problems().stream()
            .filter(p -> reload.refused().values().stream().noneMatch(r -> r.contains(p)))
            .toList();
    if (!others.isEmpty()) {
      LOG.errorf("Some flow files have problems:%n%s", Problems.report(others));
    }
    if (!missions.problems().isEmpty()) {
      LOG.errorf("Some practice missions were left out:%n%s", Problems.report(missions.problems()));
    }
  }

  void stop(@Observes ShutdownEvent event) {
    synchronized (this) {
      if (watch != null) {
        watch.close();
        watch = null;
      }
    }
  }
}
