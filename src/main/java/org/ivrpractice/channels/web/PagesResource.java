package org.ivrpractice.channels.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.practice.FlowAnalysis;
import org.ivrpractice.practice.FlowAnalysisReport;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionCatalog;

/**
 * The browser simulator's pages: the list of lines and missions, the phone, a line's analysis (its
 * diagram coloured by scenario coverage, the lint findings and the explorer's figures) and its
 * analytics (where its callers went).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {

  /**
   * A line as the pages show it.
   *
   * @param languages the languages it speaks, the default first, named ({@code English}, {@code
   *     español})
   * @param asksForLanguage true when the call itself offers the languages (a language menu), so the
   *     page does not ask
   * @param cards the practice cards a caller may type
   */
  public record LineCard(
      String id,
      String name,
      String description,
      List<LineFacts.Language> languages,
      boolean asksForLanguage,
      List<LineFacts.PracticeCard> cards,
      List<Mission> missions) {

    static LineCard of(Flow flow, List<Mission> missions) {
      return new LineCard(
          flow.id(),
          flow.name(),
          flow.description(),
          LineFacts.languages(flow.locales()),
          LineFacts.asksForLanguage(flow),
          LineFacts.cards(flow),
          missions);
    }

    /** The languages by name, for a list: {@code English, español}. */
    public String languageNames() {
      return String.join(", ", languages.stream().map(LineFacts.Language::name).toList());
    }
  }

  @CheckedTemplate(basePath = "web")
  static class Templates {
    static native TemplateInstance index(
        List<LineCard> lines, List<Problem> problems, List<RefusedEdit> refused);

    static native TemplateInstance simulator(
        LineCard line, Mission mission, String locale, String draft);

    static native TemplateInstance flow(
        LineCard line, FlowAnalysisReport analysis, RefusedEdit refused);

    static native TemplateInstance analytics(LineCard line, AnalyticsFilters filters);

    static native TemplateInstance missing(String heading, String message, List<LineCard> lines);
  }

  private final FlowCatalog flows;
  private final MissionCatalog missions;
  private final FlowAnalysis analysis;

  public PagesResource(FlowCatalog flows, MissionCatalog missions, FlowAnalysis analysis) {
    this.flows = flows;
    this.missions = missions;
    this.analysis = analysis;
  }

  @GET
  public TemplateInstance index() {
    return Templates.index(lines(), missions.problems(), RefusedEdit.all(flows));
  }

  @GET
  @Path("simulator/{flowId}")
  public Response simulator(
      @PathParam("flowId") String flowId,
      @QueryParam("mission") String missionId,
      @QueryParam("revision") String revision) {
    Optional<Flow> line = flows.line(flowId);
    if (line.isEmpty()) {
      return missing(flows.noSuchLine(flowId));
    }
    String draft = null;
    if (revision != null && !revision.isBlank()) {
      Optional<FlowRevision> kept = flows.kept(flowId, revision);
      if (kept.isEmpty()) {
        return missing(
            "This draft of "
                + flowId
                + " has expired (or was never made here): try it again from the editor.");
      }
      line = Optional.of(kept.get().flow());
      draft = kept.get().id();
    }
    LineCard card = card(line.get());
    Mission mission = null;
    if (missionId != null && !missionId.isBlank()) {
      mission = missions.find(flowId, missionId).orElse(null);
      if (mission == null) {
        return missing(card.name() + " has no practice mission \u201c" + missionId + "\u201d.");
      }
    }
    String locale = mission != null ? mission.localeOn(line.get()) : line.get().defaultLocale();
    return Response.ok(Templates.simulator(card, mission, locale, draft)).build();
  }

  @GET
  @Path("flows/{flowId}")
  public Response flow(@PathParam("flowId") String flowId) {
    Optional<Flow> line = flows.line(flowId);
    if (line.isEmpty()) {
      return missing(flows.noSuchLine(flowId));
    }
    return Response.ok(
            Templates.flow(
                card(line.get()),
                analysis.of(line.get()),
                RefusedEdit.of(flows, flowId).orElse(null)))
        .build();
  }

  /**
   * Where a line's callers went: the page draws it from the analytics API and keeps it up to date
   * itself, so this answers only the frame, with the filters of the address chosen.
   */
  @GET
  @Path("flows/{flowId}/analytics")
  public Response analytics(
      @PathParam("flowId") String flowId,
      @QueryParam("since") String since,
      @QueryParam("channel") String channel) {
    Optional<Flow> line = flows.line(flowId);
    if (line.isEmpty()) {
      return missing(flows.noSuchLine(flowId));
    }
    AnalyticsFilters filters;
    try {
      filters = AnalyticsFilters.of(since, channel);
    } catch (ApiProblem bad) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.missing("Bad request", bad.getMessage(), lines()))
          .type(MediaType.TEXT_HTML)
          .build();
    }
    return Response.ok(Templates.analytics(card(line.get()), filters)).build();
  }

  private Response missing(String message) {
    return Response.status(Response.Status.NOT_FOUND)
        .entity(missingPage(message))
        .type(MediaType.TEXT_HTML)
        .build();
  }

  /** The not-found page: what is missing, and the lines to call instead. */
  TemplateInstance missingPage(String message) {
    return Templates.missing("Not found", message, lines());
  }

  private List<LineCard> lines() {
    return flows.lines().stream().map(this::card).toList();
  }

  private LineCard card(Flow flow) {
    return LineCard.of(flow, missions.of(flow.id()));
  }
}
