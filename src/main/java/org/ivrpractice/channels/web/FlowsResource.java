package org.ivrpractice.channels.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.practice.FlowAnalysis;
import org.ivrpractice.practice.FlowAnalysisReport;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionCatalog;

/**
 * {@code GET /api/flows}: the phone lines this server runs, with their practice missions; {@code
 * GET /api/flows/{id}/diagram}: a line as a graph, for the flow page and the review; {@code GET
 * /api/flows/{id}/analysis}: its coverage by scenarios, lint findings and explorer figures.
 */
@Path("/api/flows")
@Produces(MediaType.APPLICATION_JSON)
public class FlowsResource {

  /**
   * A line as the API describes it: with the revision new calls get, when it was loaded, and the
   * problems of its last edit when that edit was refused (empty when it went live).
   */
  public record FlowSummary(
      String id,
      String name,
      String description,
      List<String> locales,
      int nodes,
      List<MissionSummary> missions,
      String revision,
      Instant loadedAt,
      List<ProblemView> problems) {}

  /**
   * A practice mission as the API describes it: {@code goal} as its file writes it ({@code node:
   * lost-card/read-ref}), {@code done} in people's words.
   */
  public record MissionSummary(
      String id,
      String title,
      List<String> briefing,
      String card,
      String reference,
      String goal,
      String done,
      String locale) {
    static MissionSummary of(Mission m) {
      return new MissionSummary(
          m.id(),
          m.title(),
          m.briefing(),
          m.card(),
          m.reference(),
          m.goal().describe(),
          m.done(),
          m.locale());
    }
  }

  private final FlowCatalog catalog;
  private final MissionCatalog missions;
  private final FlowAnalysis analysis;

  public FlowsResource(FlowCatalog catalog, MissionCatalog missions, FlowAnalysis analysis) {
    this.catalog = catalog;
    this.missions = missions;
    this.analysis = analysis;
  }

  @GET
  public List<FlowSummary> list() {
    return catalog.lineIds().stream()
        .map(catalog::current)
        .flatMap(java.util.Optional::stream)
        .map(this::summary)
        .toList();
  }

  @GET
  @Path("/{id}")
  public FlowSummary get(@PathParam("id") String id) {
    return summary(
        catalog.current(id).orElseThrow(() -> ApiProblem.notFound(catalog.noSuchLine(id))));
  }

  @GET
  @Path("/{id}/diagram")
  public FlowDiagram diagram(@PathParam("id") String id) {
    return FlowDiagram.of(line(id));
  }

  @GET
  @Path("/{id}/analysis")
  public FlowAnalysisReport analysis(@PathParam("id") String id) {
    return analysis.of(line(id));
  }

  private Flow line(String id) {
    return catalog.line(id).orElseThrow(() -> ApiProblem.notFound(catalog.noSuchLine(id)));
  }

  private FlowSummary summary(FlowRevision revision) {
    Flow flow = revision.flow();
    return new FlowSummary(
        flow.id(),
        flow.name(),
        flow.description(),
        flow.locales(),
        flow.nodes().size(),
        missions.of(flow.id()).stream().map(MissionSummary::of).toList(),
        revision.id(),
        revision.loadedAt(),
        catalog.refused(flow.id()).stream().map(ProblemView::of).toList());
  }
}
