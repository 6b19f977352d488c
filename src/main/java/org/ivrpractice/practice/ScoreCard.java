package org.ivrpractice.practice;

import java.util.List;
import org.ivrpractice.testing.explore.PathFinder;

/**
 * How a practice call went against its mission, and against the quickest route the flow allows.
 *
 * @param mission the mission's id
 * @param title the mission's title
 * @param done when the mission is done, in people's words
 * @param reached true when the goal was reached
 * @param keyPresses keys pressed
 * @param spokenInputs times the caller spoke
 * @param silences times the caller stayed silent
 * @param wrongTurns inputs that got no match or took the caller no closer to the goal
 * @param reprompts prompts the line had to say again
 * @param hints hints asked for
 * @param elapsedSeconds the simulated time until the goal was reached (or the call ended)
 * @param shortestSeconds the quickest route's time; -1 when the goal cannot be reached
 * @param shortestSteps the quickest route, step by step ({@code press 1}, {@code say agent})
 * @param tips one or two pieces of advice drawn from the guides: first how the caller's time
 *     compares with the quickest route (which is not written out again: it is {@code
 *     shortestSteps})
 */
public record ScoreCard(
    String mission,
    String title,
    String done,
    boolean reached,
    int keyPresses,
    int spokenInputs,
    int silences,
    int wrongTurns,
    int reprompts,
    int hints,
    double elapsedSeconds,
    double shortestSeconds,
    List<String> shortestSteps,
    List<String> tips) {

  static ScoreCard of(PracticeCall call, Mission mission, PathFinder.Path quickest) {
    Tally t = call.tally();
    double elapsed = t.scoredSeconds() >= 0 ? t.scoredSeconds() : t.elapsedSeconds();
    return new ScoreCard(
        mission.id(),
        mission.title(),
        mission.done(),
        t.reached(),
        t.keyPresses(),
        t.spokenInputs(),
        t.silences(),
        t.wrongTurns(),
        t.reprompts(),
        t.hints(),
        round(elapsed),
        quickest == null ? -1 : round(quickest.seconds()),
        quickest == null ? List.of() : MissionRoutes.steps(quickest, mission),
        PracticeTips.choose(mission, t, elapsed, quickest));
  }

  /** To a tenth of a second, as a person would write it. */
  static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
