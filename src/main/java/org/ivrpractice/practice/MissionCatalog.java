package org.ivrpractice.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;

/**
 * The practice missions beside a catalog's flows ({@code <flowId>.missions.yaml}), loaded once and
 * checked against its lines (again after each reload of the flows). A mission with a problem is
 * left out and its problem kept as {@code file:line:column}, like a flow's, for the log and the
 * home page.
 */
public final class MissionCatalog {

  private final FlowCatalog flows;
  private final MissionRoutes routes = new MissionRoutes();
  private volatile Loaded loaded;

  /** The missions as loaded against one generation of the catalog's flows. */
  private record Loaded(long generation, MissionLoader.MissionSet set) {}

  public MissionCatalog(FlowCatalog flows) {
    this.flows = flows;
  }

  /** The missions, loaded again when the flows have been (the server reloads the folder). */
  private MissionLoader.MissionSet set() {
    Loaded current = loaded;
    long generation = flows.generation();
    if (current == null || current.generation() != generation) {
      Map<String, Flow> lines = new LinkedHashMap<>();
      flows.lines().forEach(f -> lines.put(f.id(), f));
      current = new Loaded(generation, MissionLoader.load(flows.folder(), lines));
      loaded = current;
    }
    return current.set();
  }

  /** The missions of a line, in file order. */
  public List<Mission> of(String flowId) {
    return set().of(flowId);
  }

  public Optional<Mission> find(String flowId, String missionId) {
    return of(flowId).stream().filter(m -> m.id().equals(missionId)).findFirst();
  }

  /**
   * What a caller is told of a mission the line does not have: {@code The line hello has no
   * practice mission 'x'. It has no missions.}
   */
  public String noSuchMission(Flow line, String missionId) {
    List<String> ids = of(line.id()).stream().map(Mission::id).toList();
    return "The line "
        + line.id()
        + " has no practice mission '"
        + missionId
        + "'. "
        + (ids.isEmpty()
            ? "It has no missions."
            : Problems.suggestion(missionId, ids, "its missions"));
  }

  /** The problems of the missions files (empty when all is well). */
  public List<Problem> problems() {
    return set().problems();
  }

  public MissionRoutes routes() {
    return routes;
  }
}
