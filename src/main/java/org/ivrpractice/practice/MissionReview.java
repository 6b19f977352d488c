package org.ivrpractice.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.testing.explore.PathFinder;

/**
 * A practice call measured against its mission: its progress and score card, the next step of the
 * quickest route (a hint), and the whole call with the quickest route's nodes for the review
 * diagram.
 */
public final class MissionReview {

  private final MissionRoutes routes;

  public MissionReview(MissionRoutes routes) {
    this.routes = routes;
  }

  /**
   * The mission's progress, with its score card once the call has ended; null for free practice. A
   * transferred call is on hold, not over, until the caller hangs up.
   */
  public MissionProgress progress(PracticeCall call, Flow line, Mission mission) {
    if (mission == null) {
      return null;
    }
    boolean over = call.over();
    ScoreCard score =
        over ? ScoreCard.of(call, mission, routes.fromStart(line, mission).orElse(null)) : null;
    return MissionProgress.of(mission, call.tally(), over, score);
  }

  /** The nodes of the quickest route to the mission's goal ({@code flow/node}), for the review. */
  public List<String> quickestPath(Flow line, Mission mission) {
    return mission == null
        ? List.of()
        : routes.fromStart(line, mission).map(p -> nodesOf(line, mission, p)).orElse(List.of());
  }

  /** The next step of the quickest route to the goal from where the call is ({@code state}). */
  public Hint hint(PracticeCall call, CallState state, Flow line, Mission mission) {
    int hints = call.tally().hints() + 1;
    if (call.tally().finished()) {
      return new Hint(
          "nothing more", "the mission is over: you can hang up or call again", hints - 1);
    }
    Optional<PathFinder.Path> route = routes.from(line, state, mission);
    if (route.isEmpty() || route.get().descriptions().isEmpty()) {
      return new Hint("start a new call", "the goal cannot be reached from here", hints);
    }
    PathFinder.Path path = route.get();
    String step = MissionRoutes.steps(path, mission).get(0);
    return new Hint(step, chosen(call, path.inputs().get(0)), hints);
  }

  /** The call with the hint noted in its transcript and counted on its score card. */
  public PracticeCall withHint(PracticeCall call, Hint hint) {
    List<TranscriptLine> transcript = new ArrayList<>(call.transcript());
    String detail = hint.detail() == null ? "" : " (" + hint.detail() + ")";
    transcript.add(
        TranscriptLine.note("Hint: " + hint.step() + detail + ".", call.tally().elapsedSeconds()));
    return call.withTally(call.tally().withHint(), transcript);
  }

  /** The label of the option or escape a key or word chooses, from what the call waits for. */
  private static String chosen(PracticeCall call, Input input) {
    AwaitingView awaiting = call.awaiting();
    if (awaiting == null) {
      return null;
    }
    List<AwaitingView.ChoiceView> choices = new ArrayList<>(awaiting.options());
    choices.addAll(awaiting.escapes());
    for (AwaitingView.ChoiceView c : choices) {
      boolean key = input instanceof Input.Digits d && d.digits().equals(c.digit());
      boolean word = input instanceof Input.Speech s && c.say().contains(s.text());
      if ((key || word) && c.label() != null) {
        return awaiting.options().contains(c) ? "for " + c.label() : "the " + c.label() + " escape";
      }
    }
    return awaiting.kind().equals("digits") ? "the practice number from your briefing" : null;
  }

  /** The nodes a route passes through, by replaying it on the engine. */
  private static List<String> nodesOf(Flow line, Mission mission, PathFinder.Path path) {
    Engine engine = new Engine();
    List<String> nodes = new ArrayList<>();
    try {
      Step step = engine.start(line, mission.locale(), 1);
      entered(step, nodes);
      for (Input input : path.inputs()) {
        CallState state = step.state();
        if (state.ended()) {
          break;
        }
        step = engine.step(line, state, input);
        entered(step, nodes);
      }
    } catch (RuntimeException e) {
      // A route the engine cannot replay draws as far as it went.
    }
    return nodes;
  }

  private static void entered(Step step, List<String> nodes) {
    step.turn().events().stream()
        .filter(e -> e.kind() == Event.Kind.ENTERED)
        .forEach(e -> nodes.add(e.flowId() + "/" + e.nodeId()));
  }
}
