package org.ivrpractice.channels.web;

import java.util.List;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Prompt;

/**
 * A browser call as it is kept between requests (as JSON, with a time-to-live): the engine's state,
 * the last turn as served, the transcript and the practice tally. Nothing in it holds sensitive
 * digits in clear: the engine masks them in its state, and the transcript masks what was typed.
 *
 * @param id the call's random id
 * @param flowId the line called
 * @param missionId the practice mission, or null for free practice
 * @param state the engine's state
 * @param turn how many inputs the call has taken (0 after the start)
 * @param prompts what the line said in the last turn
 * @param node where the call is: {@code flow/node}
 * @param awaiting what input the call waits for, or null once ended
 * @param ending how the call ended, or null
 * @param transcript everything said and done, in order
 * @param path the nodes entered, in order ({@code flow/node})
 * @param tally the practice counts
 */
public record BrowserCall(
    String id,
    String flowId,
    String missionId,
    CallState state,
    int turn,
    List<Prompt> prompts,
    String node,
    AwaitingView awaiting,
    EndingView ending,
    List<TranscriptLine> transcript,
    List<String> path,
    Tally tally) {

  public BrowserCall {
    prompts = List.copyOf(prompts);
    transcript = List.copyOf(transcript);
    path = List.copyOf(path);
  }

  public boolean ended() {
    return ending != null;
  }

  BrowserCall withTally(Tally newTally, List<TranscriptLine> newTranscript) {
    return new BrowserCall(
        id,
        flowId,
        missionId,
        state,
        turn,
        prompts,
        node,
        awaiting,
        ending,
        newTranscript,
        path,
        newTally);
  }
}
