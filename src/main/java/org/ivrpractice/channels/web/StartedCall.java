package org.ivrpractice.channels.web;

import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionCatalog;

/**
 * What a request to start a browser call asks for, checked: the revision of the line it starts on,
 * the practice mission (or none) and the locale. Each thing that cannot be is a problem that says
 * what to send instead.
 *
 * @param revision the line's current revision, or the one asked for (a draft tried in the editor)
 * @param mission the mission asked for, or null
 * @param locale the locale asked for, else the mission's, else the line's first
 */
record StartedCall(FlowRevision revision, Mission mission, String locale) {

  Flow line() {
    return revision.flow();
  }

  static StartedCall of(CallRequests.Start request, FlowCatalog flows, MissionCatalog missions) {
    if (request.flow() == null || request.flow().isBlank()) {
      throw ApiProblem.badInput(
          "Say which line to call: {\"flow\": \"card-services\"}. " + flows.knownLines());
    }
    FlowRevision revision = revision(flows, request.flow(), request.revision());
    Flow line = revision.flow();
    Mission mission = request.mission() == null ? null : mission(missions, line, request.mission());
    String locale =
        request.locale() != null
            ? request.locale()
            : mission != null ? mission.localeOn(line) : line.defaultLocale();
    if (!line.locales().contains(locale)) {
      throw ApiProblem.badInput(
          "The line "
              + line.id()
              + " does not speak "
              + locale
              + "; it speaks "
              + String.join(", ", line.locales())
              + ".");
    }
    return new StartedCall(revision, mission, locale);
  }

  /**
   * The revision a new call starts on: the line's current one, or the one asked for (a draft tried
   * in the editor) while it is kept.
   */
  private static FlowRevision revision(FlowCatalog flows, String flowId, String revision) {
    FlowRevision line =
        flows.current(flowId).orElseThrow(() -> ApiProblem.notFound(flows.noSuchLine(flowId)));
    if (revision == null || revision.isBlank()) {
      return line;
    }
    return flows
        .kept(flowId, revision)
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "The line "
                        + flowId
                        + " has no revision '"
                        + abbreviated(revision)
                        + "' any more (a draft expires): try the draft again from the editor."));
  }

  /** A revision id from a request, safe to repeat: letters, digits and dashes, not too long. */
  private static String abbreviated(String revision) {
    String clean = revision.replaceAll("[^0-9A-Za-z-]", "?");
    return clean.length() <= 40 ? clean : clean.substring(0, 40) + "...";
  }

  private static Mission mission(MissionCatalog missions, Flow line, String missionId) {
    return missions
        .find(line.id(), missionId)
        .orElseThrow(() -> ApiProblem.notFound(missions.noSuchMission(line, missionId)));
  }
}
