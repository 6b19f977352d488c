package org.ivrpractice.channels.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.ivrpractice.analytics.AnalyticsReport;
import org.ivrpractice.analytics.Crowd;
import org.ivrpractice.analytics.CrowdFile;
import org.ivrpractice.analytics.CrowdProfile;
import org.ivrpractice.analytics.CrowdReport;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.practice.MissionCatalog;

/**
 * {@code POST /api/flows/{id}/crowd} runs a practice crowd through a line's current revision and
 * answers its report, marked simulated; {@code GET /api/flows/{id}/crowd} answers the last run. The
 * runs are kept here, one per line, in memory: a crowd's calls never go to the call log, so they
 * are never mixed with real calls. One run at a time per server (a run takes seconds of CPU).
 */
@Path("/api/flows/{id}/crowd")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CrowdResource {

  /** The most callers one run may have. */
  static final int MAX_CALLERS = 20_000;

  static final int DEFAULT_CALLERS = 1000;
  static final long DEFAULT_SEED = 1;

  /** What to run: both optional. */
  public record CrowdRequest(Integer callers, Long seed) {}

  /**
   * A profile as the API shows it: as declared, with its callers' results.
   *
   * @param onImpatience {@code agent} or {@code hang-up}
   */
  public record ProfileView(
      String name,
      double weight,
      boolean knowsMenu,
      boolean listensWhole,
      Integer patienceReprompts,
      Double patienceSeconds,
      String onImpatience,
      double mishearRate,
      boolean speaks,
      String locale,
      int callers,
      Map<String, Integer> outcomes,
      double containment,
      Long medianTimeToAgentMs) {

    static ProfileView of(CrowdReport.ProfileResult r) {
      CrowdProfile p = r.profile();
      return new ProfileView(
          p.name(),
          p.weight(),
          p.knowsMenu(),
          p.listensWhole(),
          p.patienceReprompts(),
          p.patienceSeconds(),
          p.onImpatience().yamlName(),
          p.mishearRate(),
          p.speaks(),
          p.locale(),
          r.callers(),
          r.outcomes(),
          r.containment(),
          r.medianTimeToAgentMs());
    }
  }

  /**
   * One run of a line's crowd.
   *
   * @param revision the line's revision the callers called
   * @param profilesFrom the crowd file the profiles came from, or {@code built-in}
   * @param goals what the callers called for
   * @param ranAt when the run ended
   * @param runtimeMs how long it took
   * @param report the analytics of the crowd's calls ({@code simulated: true})
   */
  public record CrowdRun(
      String flow,
      String revision,
      int callers,
      long seed,
      String profilesFrom,
      List<ProfileView> profiles,
      List<String> goals,
      double containment,
      double abandonment,
      List<AnalyticsReport.NodeStats> abandonedAt,
      Long medianTimeToAgentMs,
      Long p90TimeToAgentMs,
      Instant ranAt,
      long runtimeMs,
      AnalyticsReport report) {}

  private record Prepared(String revision, List<CrowdProfile> profiles, Crowd crowd) {}

  private final FlowCatalog catalog;
  private final MissionCatalog missions;
  private final Map<String, CrowdRun> lastRuns = new ConcurrentHashMap<>();
  private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
  private final Semaphore running = new Semaphore(1);

  public CrowdResource(FlowCatalog catalog, MissionCatalog missions) {
    this.catalog = catalog;
    this.missions = missions;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public CrowdRun run(@PathParam("id") String id, CrowdRequest request) {
    FlowRevision revision = revision(id);
    int callers = callers(request);
    long seed = request == null || request.seed() == null ? DEFAULT_SEED : request.seed();
    if (!running.tryAcquire()) {
      throw ApiProblem.tooMany("A practice crowd is running now: try again in a few seconds.", 5);
    }
    try {
      long started = System.nanoTime();
      CrowdFile.Profiles profiles = profiles(id);
      Crowd crowd = crowd(revision, profiles.profiles());
      CrowdReport report = crowd.run(callers, seed);
      long ms = (System.nanoTime() - started) / 1_000_000;
      CrowdRun run = view(revision, profiles.source(), report, ms);
      lastRuns.put(id, run);
      return run;
    } finally {
      running.release();
    }
  }

  @GET
  public CrowdRun last(@PathParam("id") String id) {
    revision(id);
    CrowdRun run = lastRuns.get(id);
    if (run == null) {
      throw ApiProblem.notFound(
          "No practice crowd has called " + id + " since the server started: run one first.");
    }
    return run;
  }

  private FlowRevision revision(String id) {
    return catalog
        .current(id)
        .filter(r -> !r.flow().isSubflow())
        .orElseThrow(() -> ApiProblem.notFound(catalog.noSuchLine(id)));
  }

  private static int callers(CrowdRequest request) {
    int callers =
        request == null || request.callers() == null ? DEFAULT_CALLERS : request.callers();
    if (callers < 1 || callers > MAX_CALLERS) {
      throw ApiProblem.badInput(
          "callers must be from 1 to " + MAX_CALLERS + ", not " + callers + ".");
    }
    return callers;
  }

  private CrowdFile.Profiles profiles(String id) {
    CrowdFile.Profiles profiles = CrowdFile.load(catalog.folder(), id);
    if (!profiles.ok()) {
      throw new ApiProblem(
          422,
          "Crowd file has problems",
          Problems.report(profiles.problems()) + "\nFix the crowd file (docs/crowd.md).");
    }
    return profiles;
  }

  /**
   * The line's crowd, explored once per revision and kept for the next run (profiles may change).
   */
  private Crowd crowd(FlowRevision revision, List<CrowdProfile> profiles) {
    String id = revision.flow().id();
    Prepared kept = prepared.get(id);
    if (kept != null && kept.revision().equals(revision.id())) {
      return kept.profiles().equals(profiles)
          ? kept.crowd()
          : keep(id, revision, kept.crowd().withProfiles(profiles));
    }
    return keep(id, revision, Crowd.of(revision.flow(), missions.of(id), profiles));
  }

  private Crowd keep(String id, FlowRevision revision, Crowd crowd) {
    prepared.put(id, new Prepared(revision.id(), crowd.profiles(), crowd));
    return crowd;
  }

  private static CrowdRun view(FlowRevision revision, String from, CrowdReport r, long ms) {
    return new CrowdRun(
        r.flow(),
        revision.id(),
        r.callers(),
        r.seed(),
        from,
        r.profiles().stream().map(ProfileView::of).toList(),
        r.goals(),
        r.containment(),
        r.abandonment(),
        r.abandonedAt(),
        r.medianTimeToAgentMs(),
        r.p90TimeToAgentMs(),
        Instant.now(),
        ms,
        r.report());
  }
}
