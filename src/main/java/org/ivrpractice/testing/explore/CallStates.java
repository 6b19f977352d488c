package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Event;
import org.ivrpractice.flow.Flow;

/**
 * The call states of one phone line as a search sees them: each state's identity ({@link StateKey})
 * and the moves out of it, taken through the engine. A move that enters a node (an option, an
 * escape, an entry) leads to the same state whatever the counters were, so it is taken once per
 * state and reused for the states that differ only in their counters.
 */
final class CallStates {

  private record Taken(StateKey from, String move) {}

  private final Flow flow;
  private final LiveVariables live;
  private final Engine engine;
  private final List<String> savedKeys;
  private final Map<Taken, Transition> entering = new HashMap<>();
  private final Map<String, List<Move>> moves = new HashMap<>();

  CallStates(Flow flow) {
    this(flow, new Engine(), List.of());
  }

  /**
   * @param engine the engine the moves are taken through (with the exploration's saved records)
   * @param savedKeys the keys of saved records a caller may enter at a collect
   */
  CallStates(Flow flow, Engine engine, List<String> savedKeys) {
    this.flow = flow;
    this.live = LiveVariables.of(flow);
    this.engine = engine;
    this.savedKeys = savedKeys;
  }

  Flow flow() {
    return flow;
  }

  StateKey key(CallState state) {
    return StateKey.of(state, live.at(state.currentFlow(), state.node()));
  }

  /**
   * Every move worth trying from this state, each taken. The repeat escape is taken only before any
   * retry: it leaves the call where it was, so it only shows that it works. Silences and unmatched
   * input are not mixed at one node: the engine counts them apart, so a mix reaches nothing that
   * silences alone or wrong keys alone do not.
   */
  List<Transition> from(CallState state) {
    StateKey key = key(state);
    StateKey base = key.withoutCounters();
    List<Transition> out = new ArrayList<>();
    for (Move move : movesAt(state)) {
      if (!worthTrying(move.kind(), state)) {
        continue;
      }
      Taken taken = new Taken(base, move.description());
      Transition t = entering.get(taken);
      if (t == null) {
        t = Transition.take(engine, flow, state, move);
        if (entersANode(t)) {
          entering.put(taken, t);
        }
      }
      out.add(t);
    }
    return out;
  }

  private static boolean worthTrying(Move.Kind kind, CallState state) {
    return switch (kind) {
      case REPEAT -> state.noInputs() == 0 && state.noMatches() == 0;
      case SILENCE -> state.noMatches() == 0;
      case INVALID -> state.noInputs() == 0;
      default -> true;
    };
  }

  /** The moves depend on the node alone, so they are worked out once per node. */
  private List<Move> movesAt(CallState state) {
    if (state.ended()) {
      return List.of();
    }
    return moves.computeIfAbsent(
        state.currentFlow() + "/" + state.node(), site -> CallerMoves.at(flow, state, savedKeys));
  }

  private static boolean entersANode(Transition t) {
    return !t.failed()
        && t.step().turn().events().stream().anyMatch(e -> e.kind() == Event.Kind.ENTERED);
  }
}
