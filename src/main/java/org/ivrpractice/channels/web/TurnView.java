package org.ivrpractice.channels.web;

import java.util.List;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.practice.AwaitingView;
import org.ivrpractice.practice.EndingView;
import org.ivrpractice.practice.MissionProgress;
import org.ivrpractice.practice.PracticeCall;

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

  static TurnView of(String callId, PracticeCall call, MissionProgress mission) {
    return new TurnView(
        callId,
        call.flowId(),
        call.turn(),
        call.prompts(),
        call.node(),
        call.state(),
        call.status(),
        call.awaiting(),
        call.ending(),
        call.elapsedSeconds(),
        mission);
  }
}
