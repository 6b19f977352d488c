package org.ivrpractice.practice;

import java.util.List;
import org.ivrpractice.engine.Prompt;

/**
 * What a practice call keeps beside the engine's state between inputs: the last turn as served, the
 * transcript, the path and the practice tally. Nothing in it holds sensitive digits in clear: the
 * transcript masks what was typed.
 *
 * @param flowId the line called
 * @param missionId the practice mission, or null for free practice
 * @param turn how many inputs the call has taken (0 after the start)
 * @param prompts what the line said in the last turn
 * @param node where the call is: {@code flow/node}
 * @param awaiting what input the call waits for, or null once ended
 * @param ending how the call ended, or null
 * @param transcript everything said and done, in order
 * @param path the nodes entered, in order ({@code flow/node})
 * @param tally the practice counts
 */
public record PracticeCall(
    String flowId,
    String missionId,
    int turn,
    List<Prompt> prompts,
    String node,
    AwaitingView awaiting,
    EndingView ending,
    List<TranscriptLine> transcript,
    List<String> path,
    Tally tally) {

  public PracticeCall {
    prompts = List.copyOf(prompts);
    transcript = List.copyOf(transcript);
    path = List.copyOf(path);
  }

  public boolean ended() {
    return ending != null;
  }

  /** The call is over (not on hold: a transferred call is {@link #ended} but not over). */
  public boolean over() {
    return state().equals("ended");
  }

  /** {@code menu}, {@code digits}, {@code on-hold} (transferred) or {@code ended}. */
  public String state() {
    if (ending != null) {
      return ending.outcome().equals("transferred") ? "on-hold" : "ended";
    }
    return awaiting.kind();
  }

  /** The state in words, for the phone's display. */
  public String status() {
    return ending != null ? ending.summary() : awaiting.describe();
  }

  /** The simulated time so far, to a tenth of a second. */
  public double elapsedSeconds() {
    return Math.round(tally.elapsedSeconds() * 10) / 10.0;
  }

  PracticeCall withTally(Tally newTally, List<TranscriptLine> newTranscript) {
    return new PracticeCall(
        flowId, missionId, turn, prompts, node, awaiting, ending, newTranscript, path, newTally);
  }
}
