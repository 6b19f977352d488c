package org.ivrpractice.analytics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.practice.MissionGoal;
import org.ivrpractice.testing.explore.GoalMoves;
import org.ivrpractice.testing.explore.LiveVariables;
import org.ivrpractice.testing.explore.PathFinder;

/**
 * What a caller who wants a goal does next from where its call stands: the first move of the
 * quickest route there. The line's states are explored once ({@link GoalMoves}) and searched
 * backwards once per goal, so that ten thousand callers cost one exploration and a look-up per
 * input; a state the exploration did not reach (its bound) is searched on its own with {@link
 * PathFinder}, once per goal and state, and kept.
 */
final class CrowdRoutes {

  /** The goal a caller turns to once its own is reached: a goodbye with its need met. */
  static final MissionGoal FINISH = new MissionGoal.SelfServed();

  /**
   * What makes two call states the same for a route: where the call is, its language, its counters
   * and the variables that can still change where it goes (as the explorer's states).
   */
  private record Key(
      MissionGoal goal,
      String flow,
      String node,
      List<CallState.Frame> calls,
      String locale,
      int noInputs,
      int noMatches,
      Map<String, String> variables) {}

  private final Flow line;
  private final GoalMoves graph;
  private final LiveVariables live;
  private final PathFinder finder = new PathFinder();
  private final Map<MissionGoal, GoalMoves.Toward> towards = new ConcurrentHashMap<>();
  private final Map<Key, Optional<Input>> searched = new ConcurrentHashMap<>();

  CrowdRoutes(Flow line) {
    this.line = line;
    this.graph = GoalMoves.explore(line, PathFinder.MAX_STATES);
    this.live = LiveVariables.of(line);
  }

  /** Whether the goal can be reached from the start of a call. */
  boolean reachable(MissionGoal goal) {
    return toward(goal).reachableFromStart();
  }

  /** The first input of the quickest route from {@code state} to the goal; empty: no route. */
  Optional<Input> next(MissionGoal goal, CallState state) {
    Optional<Input> planned = toward(goal).next(state);
    if (planned != null) {
      return planned;
    }
    return searched.computeIfAbsent(key(goal, state), k -> search(goal, state));
  }

  /** How many states were searched on their own, outside the explored graph. */
  int searches() {
    return searched.size();
  }

  private GoalMoves.Toward toward(MissionGoal goal) {
    return towards.computeIfAbsent(goal, g -> graph.toward(g::reachedBy));
  }

  private Key key(MissionGoal goal, CallState state) {
    Map<String, String> kept = new TreeMap<>();
    for (String name : live.at(state.currentFlow(), state.node())) {
      String value = state.variables().get(name);
      if (value != null) {
        kept.put(name, value);
      }
    }
    return new Key(
        goal,
        state.currentFlow(),
        state.node(),
        state.calls(),
        state.locale(),
        state.noInputs(),
        state.noMatches(),
        kept);
  }

  private Optional<Input> search(MissionGoal goal, CallState state) {
    return finder
        .shortestFrom(line, state, goal::reachedBy)
        .map(PathFinder.Path::inputs)
        .filter(inputs -> !inputs.isEmpty())
        .map(inputs -> inputs.get(0));
  }
}
