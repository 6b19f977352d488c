package org.ivrpractice.practice;

/**
 * A practice mission's progress during a call. The mission is scored when the call ends (the line
 * or the caller hangs up; a caller on hold hangs up to end it): until then {@code score} is null.
 *
 * @param id the mission's id
 * @param title the mission's title
 * @param done when the mission is done, in people's words
 * @param reached true once the goal was reached (the counts stop there)
 * @param hints hints asked for
 * @param message what the caller is told of the mission now, or null while it is under way: {@code
 *     Mission complete: hang up to see your score.} once the goal is reached mid-call, then whether
 *     it was completed
 * @param score the score card, once the call has ended
 */
public record MissionProgress(
    String id,
    String title,
    String done,
    boolean reached,
    int hints,
    String message,
    ScoreCard score) {

  /** What a caller who reached the goal mid-call is told. */
  public static final String HANG_UP_FOR_SCORE = "Mission complete: hang up to see your score.";

  /** What the caller is told of the mission when the call is over. */
  static String atCallEnd(Mission mission, boolean reached) {
    return (reached ? "Mission complete: " : "Mission not completed: ") + mission.title() + ".";
  }

  static MissionProgress of(Mission mission, Tally tally, boolean callOver, ScoreCard score) {
    String message;
    if (callOver) {
      message = atCallEnd(mission, tally.reached());
    } else if (tally.reached()) {
      message = HANG_UP_FOR_SCORE;
    } else if (tally.finished()) {
      message = "Mission not completed: hang up to see your score.";
    } else {
      message = null;
    }
    return new MissionProgress(
        mission.id(),
        mission.title(),
        mission.done(),
        tally.reached(),
        tally.hints(),
        message,
        score);
  }
}
