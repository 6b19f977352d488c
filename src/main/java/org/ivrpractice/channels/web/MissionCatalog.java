package org.ivrpractice.channels.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ivrpractice.app.FlowCatalog;
import org.ivrpractice.app.IvrConfig;
import org.ivrpractice.channels.web.practice.Mission;
import org.ivrpractice.channels.web.practice.MissionLoader;
import org.ivrpractice.channels.web.practice.MissionRoutes;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Problem;
import org.jboss.logging.Logger;

/**
 * The practice missions beside the flows ({@code <flowId>.missions.yaml}), loaded once and checked
 * against the loaded lines. A mission with a problem is left out and its problem logged as {@code
 * file:line:column}, like a flow's; the home page lists them too.
 */
@ApplicationScoped
public class MissionCatalog {

  private static final Logger LOG = Logger.getLogger(MissionCatalog.class);

  private final FlowCatalog flows;
  private final IvrConfig config;
  private final MissionRoutes routes = new MissionRoutes();
  private volatile MissionLoader.MissionSet loaded;

  public MissionCatalog(FlowCatalog flows, IvrConfig config) {
    this.flows = flows;
    this.config = config;
  }

  void onStart(@Observes @Priority(20_000) StartupEvent event) {
    MissionLoader.MissionSet set = set();
    if (!set.ok()) {
      LOG.error(
          "Some practice missions were left out:\n"
              + String.join("\n", set.problems().stream().map(Problem::format).toList()));
    }
  }

  private MissionLoader.MissionSet set() {
    MissionLoader.MissionSet set = loaded;
    if (set == null) {
      Map<String, Flow> lines = new LinkedHashMap<>();
      flows.lines().forEach(f -> lines.put(f.id(), f));
      set = MissionLoader.load(Path.of(config.flows().dir()), lines);
      loaded = set;
    }
    return set;
  }

  /** The missions of a line, in file order. */
  public List<Mission> of(String flowId) {
    return set().of(flowId);
  }

  public Optional<Mission> find(String flowId, String missionId) {
    return of(flowId).stream().filter(m -> m.id().equals(missionId)).findFirst();
  }

  /** The problems of the missions files (empty when all is well). */
  public List<Problem> problems() {
    return set().problems();
  }

  public MissionRoutes routes() {
    return routes;
  }
}
