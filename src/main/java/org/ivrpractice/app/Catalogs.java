package org.ivrpractice.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.flow.RevisionSources;
import org.ivrpractice.practice.FlowAnalysis;
import org.ivrpractice.practice.MissionCatalog;
import org.ivrpractice.session.SessionConfig;
import org.jboss.logging.Logger;

/**
 * The flows the server runs, their practice missions and their analysis, made once from the
 * configured folder. A broken flow stops the server from starting, with every problem in the log,
 * so a mistake is never discovered by a caller; a broken mission is left out and logged.
 */
@Singleton
public class Catalogs {

  private static final Logger LOG = Logger.getLogger(Catalogs.class);

  @Produces
  @Singleton
  FlowCatalog flows(FlowsConfig config, SessionConfig sessions, RevisionSources shared) {
    Path dir = Path.of(config.dir());
    Duration ttl = sessions.ttl();
    FlowCatalog.Settings settings =
        new FlowCatalog.Settings(
            config.maxRevisions(), ttl, ttl.dividedBy(6).isZero() ? ttl : ttl.dividedBy(6));
    return new FlowCatalog(
        dir,
        () -> FlowPreload.take(dir).orElseGet(() -> FlowLoader.load(List.of(dir))),
        settings,
        shared,
        Clock.systemUTC());
  }

  @Produces
  @Singleton
  MissionCatalog missions(FlowCatalog flows) {
    return new MissionCatalog(flows);
  }

  @Produces
  @Singleton
  FlowAnalysis analysis(FlowCatalog flows) {
    return new FlowAnalysis(flows.folder());
  }

  void onStart(
      @Observes StartupEvent event,
      FlowsConfig config,
      FlowCatalog flows,
      MissionCatalog missions,
      FlowsWatcher watcher) {
    if (!config.validateOnStart()) {
      watcher.start();
      return;
    }
    LoadResult result = flows.result();
    if (!result.ok()) {
      String report = Problems.report(result.problems());
      LOG.error("The flows in " + config.dir() + " have problems:\n" + report);
      throw new IllegalStateException(
          "refusing to start: "
              + result.problems().size()
              + " problem(s) in the flows; run 'check "
              + config.dir()
              + "' to see them again");
    }
    LOG.infof("Loaded %d flows from %s", result.flows().size(), config.dir());
    watcher.start();
    if (!missions.problems().isEmpty()) {
      LOG.error(
          "Some practice missions were left out:\n"
              + String.join("\n", missions.problems().stream().map(Problem::format).toList()));
    }
  }
}
