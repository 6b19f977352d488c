package org.ivrpractice.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.jboss.logging.Logger;

/**
 * The flows the server runs, loaded and validated once at start-up. A broken flow stops the server
 * from starting, with every problem in the log, so a mistake is never discovered by a caller.
 */
@ApplicationScoped
public class FlowCatalog {

  private static final Logger LOG = Logger.getLogger(FlowCatalog.class);

  private final IvrConfig config;
  private volatile LoadResult loaded;

  public FlowCatalog(IvrConfig config) {
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.flows().validateOnStart()) {
      LoadResult result = load();
      if (!result.ok()) {
        String report = Problems.report(result.problems());
        LOG.error("The flows in " + config.flows().dir() + " have problems:\n" + report);
        throw new IllegalStateException(
            "refusing to start: "
                + result.problems().size()
                + " problem(s) in the flows; run"
                + " 'check "
                + config.flows().dir()
                + "' to see them again");
      }
      LOG.infof("Loaded %d flows from %s", result.flows().size(), config.flows().dir());
    }
  }

  private LoadResult load() {
    Path dir = Path.of(config.flows().dir());
    LoadResult result = FlowPreload.take(dir).orElseGet(() -> FlowLoader.load(List.of(dir)));
    loaded = result;
    return result;
  }

  private LoadResult result() {
    LoadResult result = loaded;
    return result != null ? result : load();
  }

  /** The phone lines (flows that are not sub-flows), in id order. */
  public List<Flow> lines() {
    return result().flows().values().stream()
        .filter(f -> !f.isSubflow())
        .sorted(java.util.Comparator.comparing(Flow::id))
        .toList();
  }

  public Optional<Flow> line(String id) {
    return Optional.ofNullable(result().flows().get(id)).filter(f -> !f.isSubflow());
  }

  public Collection<Problem> problems() {
    return result().problems();
  }
}
