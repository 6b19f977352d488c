package org.ivrpractice.channels.web;

import java.util.List;
import org.ivrpractice.engine.Prompt;

/**
 * What {@code POST /api/calls} and {@code POST /api/calls/{id}/input} answer: the turn the line
 * just took, and the call's state for the phone's display.
 *
 * @param callId the call's id, for the next requests
 * @param flow the line called
 * @param turn how many inputs the call has taken; send it back as {@code turn} so that a repeated
 *     request (a double click) is not taken twice
 * @param prompts what the line says now, in order, each with its locale
 * @param node where the call is: {@code flow/node}
 * @param state {@code menu}, {@code digits}, {@code on-hold} (transferred) or {@code ended}
 * @param status the state in words
 * @param awaiting the input waited for, or null once the call has ended
 * @param ending how the call ended, or null
 * @param elapsedSeconds simulated time since the call started
 * @param mission the practice mission's progress, or null for free practice
 */
public record TurnView(
    String callId,
    String flow,
    int turn,
    List<Prompt> prompts,
    String node,
    String state,
    String status,
    AwaitingView awaiting,
    EndingView ending,
    double elapsedSeconds,
    MissionProgress mission) {

  /**
   * A mission's progress.
   *
   * @param score the score card, once the goal is reached or the call has ended
   */
  public record MissionProgress(
      String id, String title, boolean reached, boolean finished, int hints, ScoreCard score) {}

  static TurnView of(BrowserCall call, MissionProgress mission) {
    return new TurnView(
        call.id(),
        call.flowId(),
        call.turn(),
        call.prompts(),
        call.node(),
        state(call),
        status(call),
        call.awaiting(),
        call.ending(),
        Math.round(call.tally().elapsedSeconds() * 10) / 10.0,
        mission);
  }

  static String state(BrowserCall call) {
    if (call.ending() != null) {
      return call.ending().outcome().equals("transferred") ? "on-hold" : "ended";
    }
    return call.awaiting().kind();
  }

  static String status(BrowserCall call) {
    return call.ending() != null ? call.ending().summary() : call.awaiting().describe();
  }
}
