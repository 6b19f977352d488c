package org.ivrpractice.testing.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.junit.jupiter.api.Test;

/** The first moves toward a goal agree with the path finder's quickest routes. */
class GoalMovesTest {

  private static final Flow LINE =
      FlowLoader.load(List.of(Path.of("ivr-flows"))).flows().get("card-services");
  private static final GoalMoves MOVES = GoalMoves.explore(LINE, PathFinder.MAX_STATES);

  @Test
  void fromEveryStateOfARouteTheTimeLeftIsThePathFindersAndTheMovesGetThere() {
    for (Predicate<Turn> goal :
        List.of(
            PathFinder.reaches(LINE, "lost-card/read-ref"),
            PathFinder.transfersTo("supervisors"),
            PathFinder.reaches(LINE, "rewards-balance"))) {
      GoalMoves.Toward toward = MOVES.toward(goal);
      Engine engine = new Engine();
      Step step = engine.start(LINE, null, PathFinder.SEED);
      boolean reached = false;
      for (int moves = 0; moves < 40 && !reached; moves++) {
        CallState state = step.state();
        double expected = new PathFinder().shortestFrom(LINE, state, goal).orElseThrow().seconds();
        assertEquals(expected, toward.seconds(state), 1e-6, "at " + state.node());
        Optional<Input> next = toward.next(state);
        assertTrue(next.isPresent(), "no move at " + state.node());
        step = engine.step(LINE, state, next.get());
        reached = goal.test(step.turn());
      }
      assertTrue(reached, "the moves never reached the goal");
    }
  }

  @Test
  void aGoalNoCallReachesHasNoMoveAndAStateOutsideTheGraphNone() {
    GoalMoves.Toward nowhere = MOVES.toward(turn -> false);
    Step start = new Engine().start(LINE, null, PathFinder.SEED);

    assertFalse(nowhere.reachableFromStart());
    assertEquals(Optional.empty(), nowhere.next(start.state()));

    GoalMoves small = GoalMoves.explore(LINE, 3);
    CallState deep =
        new Engine().step(LINE, start.state(), Input.digits("1")).state(); // the main menu
    CallState deeper = new Engine().step(LINE, deep, Input.digits("4")).state();
    assertNull(small.toward(PathFinder.transfers()).next(deeper), "beyond a bound of 3 states");
  }
}
