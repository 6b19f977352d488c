package org.ivrpractice.practice;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.engine.SensitiveDigits;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.testing.explore.CallTiming;
import org.ivrpractice.testing.explore.PathFinder;

/**
 * Writes each step of a browser call into its record: the transcript (with what was typed at a
 * sensitive entry masked), the nodes entered, the simulated time, and the practice tally that the
 * score card is made from.
 */
public final class CallRecorder {

  private final MissionRoutes routes;

  public CallRecorder(MissionRoutes routes) {
    this.routes = routes;
  }

  /** The record of a call that has just started with this step. */
  public PracticeCall started(Flow line, Mission mission, Step step) {
    List<TranscriptLine> transcript = new ArrayList<>();
    double elapsed = heard(step.turn(), 0, transcript);
    List<String> path = entered(step.turn(), List.of());
    Tally tally = Tally.start(elapsed);
    if (mission != null) {
      tally = tally.withRemaining(remaining(line, step, mission));
    }
    PracticeCall call = record(line.id(), mission, step, 0, transcript, path, tally);
    return settle(call, mission, step.turn(), transcript);
  }

  /** The record after the caller's input and the step the engine took on it. */
  public PracticeCall after(PracticeCall call, Flow line, Mission mission, Input input, Step step) {
    Turn turn = step.turn();
    List<TranscriptLine> transcript = new ArrayList<>(call.transcript());
    Tally t = call.tally();
    double elapsed = t.elapsedSeconds();
    transcript.add(TranscriptLine.caller(describe(input, call.awaiting(), turn), elapsed));
    elapsed += cost(input, call.awaiting());
    elapsed = heard(turn, elapsed, transcript);
    boolean counting = mission != null && !t.finished();
    double remaining = counting ? remaining(line, step, mission) : t.remainingSeconds();
    Tally next =
        new Tally(
            t.keyPresses() + (input instanceof Input.Digits d ? d.digits().length() : 0),
            t.spokenInputs() + (input instanceof Input.Speech ? 1 : 0),
            t.silences() + (input instanceof Input.Silence ? 1 : 0),
            t.wrongTurns() + (counting && wrongTurn(input, turn, t, remaining) ? 1 : 0),
            t.reprompts() + reprompts(turn),
            t.entryMistakes() + entryMistakes(call.awaiting(), turn),
            t.hints(),
            elapsed,
            t.reached(),
            t.finished(),
            remaining,
            t.scoredSeconds());
    PracticeCall updated =
        record(
            call.flowId(),
            mission,
            step,
            call.turn() + 1,
            transcript,
            entered(turn, call.path()),
            t.finished() ? frozen(t, next) : next);
    return settle(updated, mission, turn, transcript);
  }

  /** Once finished, the score stays as it was; the call itself may go on. */
  private static Tally frozen(Tally at, Tally now) {
    return new Tally(
        at.keyPresses(),
        at.spokenInputs(),
        at.silences(),
        at.wrongTurns(),
        at.reprompts(),
        at.entryMistakes(),
        at.hints(),
        now.elapsedSeconds(),
        at.reached(),
        true,
        at.remainingSeconds(),
        at.scoredSeconds());
  }

  /**
   * The record after the caller hung up while on hold: the call ends there, abandoned in the queue
   * (its counts stay as they were at the transfer). A call not on hold is left as it is.
   */
  public PracticeCall leftHold(PracticeCall call) {
    if (!call.state().equals("on-hold")) {
      return call;
    }
    EndingView hold = call.ending();
    String queue = hold.queueLabel() != null ? hold.queueLabel() : hold.queue();
    String summary = "You hung up while on hold for " + queue + ".";
    double at = call.tally().elapsedSeconds();
    List<TranscriptLine> transcript = new ArrayList<>(call.transcript());
    transcript.add(TranscriptLine.caller("hung up", at));
    transcript.add(TranscriptLine.note(summary, at));
    EndingView left = new EndingView("abandoned", hold.queue(), hold.queueLabel(), 0, 0, summary);
    return new PracticeCall(
        call.flowId(),
        call.missionId(),
        call.turn() + 1,
        List.of(),
        call.node(),
        null,
        left,
        transcript,
        call.path(),
        call.tally());
  }

  private PracticeCall settle(
      PracticeCall call, Mission mission, Turn turn, List<TranscriptLine> transcript) {
    Tally t = call.tally();
    if (turn.ending() != null) {
      transcript.add(
          TranscriptLine.note(EndingView.of(turn.ending()).summary(), t.elapsedSeconds()));
    }
    if (mission != null && !t.finished() && mission.goal().reachedBy(turn)) {
      boolean over = call.over();
      String note =
          over ? MissionProgress.atCallEnd(mission, true) : MissionProgress.HANG_UP_FOR_SCORE;
      transcript.add(TranscriptLine.note(note, t.elapsedSeconds()));
      return call.withTally(t.finish(true), transcript);
    }
    if (!t.finished() && turn.ending() != null) {
      return call.withTally(t.finish(false), transcript);
    }
    return call.withTally(t, transcript);
  }

  private static PracticeCall record(
      String flowId,
      Mission mission,
      Step step,
      int turn,
      List<TranscriptLine> transcript,
      List<String> path,
      Tally tally) {
    Turn t = step.turn();
    return new PracticeCall(
        flowId,
        mission == null ? null : mission.id(),
        turn,
        t.prompts(),
        t.flowId() + "/" + t.nodeId(),
        AwaitingView.of(t.awaiting()),
        EndingView.of(t.ending()),
        transcript,
        path,
        tally);
  }

  private double remaining(Flow line, Step step, Mission mission) {
    if (mission.goal().reachedBy(step.turn())) {
      return 0;
    }
    return routes.from(line, step.state(), mission).map(PathFinder.Path::seconds).orElse(-1.0);
  }

  /**
   * A no match, or a key or words after which the quickest route to the goal is no shorter than
   * before. Silence and "repeat" are counted as re-prompts instead.
   */
  private static boolean wrongTurn(Input input, Turn turn, Tally before, double remaining) {
    if (has(turn, Event.Kind.NO_MATCH)) {
      return true;
    }
    if (input instanceof Input.Silence || input instanceof Input.HangUp || usedRepeat(turn)) {
      return false;
    }
    if (remaining == 0) {
      return false;
    }
    return remaining < 0
        || (before.remainingSeconds() >= 0 && remaining >= before.remainingSeconds() - 0.01);
  }

  private static int reprompts(Turn turn) {
    int retries =
        count(turn, Event.Kind.NO_INPUT)
            + count(turn, Event.Kind.NO_MATCH)
            - count(turn, Event.Kind.FALLBACK);
    return retries + (usedRepeat(turn) ? 1 : 0);
  }

  private static int entryMistakes(AwaitingView awaiting, Turn turn) {
    boolean atEntry = awaiting != null && awaiting.kind().equals("digits");
    return atEntry ? count(turn, Event.Kind.NO_MATCH) : 0;
  }

  private static boolean usedRepeat(Turn turn) {
    return turn.events().stream()
        .anyMatch(e -> e.kind() == Event.Kind.ESCAPE && Escape.REPEAT.equals(e.detail()));
  }

  private static boolean has(Turn turn, Event.Kind kind) {
    return count(turn, kind) > 0;
  }

  private static int count(Turn turn, Event.Kind kind) {
    return (int) turn.events().stream().filter(e -> e.kind() == kind).count();
  }

  /** Adds the turn's prompts to the transcript and returns the time after hearing them. */
  private static double heard(Turn turn, double from, List<TranscriptLine> transcript) {
    double at = from;
    for (Prompt p : turn.prompts()) {
      transcript.add(TranscriptLine.line(p.text(), at));
      at += CallTiming.speaking(p.text());
    }
    return at;
  }

  private static List<String> entered(Turn turn, List<String> before) {
    List<String> path = new ArrayList<>(before);
    turn.events().stream()
        .filter(e -> e.kind() == Event.Kind.ENTERED)
        .forEach(e -> path.add(e.flowId() + "/" + e.nodeId()));
    return path;
  }

  private static double cost(Input input, AwaitingView awaiting) {
    if (input instanceof Input.Digits d) {
      return CallTiming.pressing(d.digits());
    }
    if (input instanceof Input.Speech s) {
      return CallTiming.speaking(s.text());
    }
    if (input instanceof Input.Silence) {
      return awaiting == null ? 0 : awaiting.timeoutSeconds();
    }
    return 0;
  }

  /**
   * What the caller did, for the transcript: a sensitive entry masked, and any run of keys or
   * digits said that could be a card number masked wherever it was typed.
   */
  static String describe(Input input, AwaitingView awaiting, Turn turn) {
    boolean sensitive = awaiting != null && awaiting.sensitive();
    boolean entry = awaiting != null && awaiting.kind().equals("digits");
    if (input instanceof Input.Digits d) {
      if (!entry || d.digits().matches("[*#]")) {
        return "pressed " + SensitiveDigits.shown(d.digits(), false);
      }
      return "entered " + SensitiveDigits.shown(d.digits(), sensitive);
    }
    if (input instanceof Input.Speech s) {
      return sensitive && !has(turn, Event.Kind.ESCAPE)
          ? "said something (hidden: it may hold the card number)"
          : "said \"" + SensitiveDigits.shown(s.text(), false) + "\"";
    }
    if (input instanceof Input.Silence) {
      return "stayed silent (" + (awaiting == null ? 0 : awaiting.timeoutSeconds()) + " s)";
    }
    return "hung up";
  }
}
