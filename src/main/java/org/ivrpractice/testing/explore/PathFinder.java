package org.ivrpractice.testing.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Outcome;

/**
 * Finds the quickest way through a flow to a goal, by searching the engine's own call states
 * (Dijkstra, cost in estimated seconds from {@link CallTiming}): what matters is what the caller
 * hears and does, so lookups, branches, sub-flows and retries count exactly as in a real call. The
 * moves tried at each wait are those of {@link CallerMoves}. The search stops after {@link
 * #MAX_STATES} states, so it always ends.
 */
public final class PathFinder {

  /** The most call states one search looks at. */
  public static final int MAX_STATES = 100_000;

  /** The seed of the calls searched: reference numbers do not change where a call can go. */
  static final long SEED = 1;

  private final int maxStates;

  public PathFinder() {
    this(MAX_STATES);
  }

  PathFinder(int maxStates) {
    this.maxStates = maxStates;
  }

  /**
   * A way through a call.
   *
   * @param inputs what the caller does, in order
   * @param descriptions the same, for people: {@code press 1}, {@code say agent}, {@code enter
   *     378282246310005#}, {@code stay silent}
   * @param seconds the estimated time: listening, pressing, speaking and waiting
   */
  public record Path(List<Input> inputs, List<String> descriptions, double seconds) {

    public Path {
      inputs = List.copyOf(inputs);
      descriptions = List.copyOf(descriptions);
    }

    /** {@code press 1, press 2, say agent (about 42 s)} */
    public String describe() {
      String steps = descriptions.isEmpty() ? "nothing" : String.join(", ", descriptions);
      return steps + " (about " + Math.round(seconds) + " s)";
    }
  }

  /**
   * The quickest way from the start of a call to the first turn that meets the goal.
   *
   * @param locale the call's locale, or null for the flow's first
   * @return the way, or empty when no way was found (within the search's bound)
   */
  public Optional<Path> shortest(Flow flow, String locale, Predicate<Turn> goal) {
    Step start;
    try {
      start = new Engine().start(flow, locale, SEED);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    double heard = CallTiming.hearing(start.turn().prompts());
    if (goal.test(start.turn())) {
      return Optional.of(new Path(List.of(), List.of(), heard));
    }
    return search(flow, start.state(), heard, goal);
  }

  /**
   * The quickest way on from a call under way (for a hint: "what should I press now?"); the prompts
   * already heard do not count.
   */
  public Optional<Path> shortestFrom(Flow flow, CallState state, Predicate<Turn> goal) {
    return search(flow, state, 0, goal);
  }

  private Optional<Path> search(Flow flow, CallState from, double startCost, Predicate<Turn> goal) {
    CallStates space = new CallStates(flow);
    PriorityQueue<Visit> queue =
        new PriorityQueue<>(
            Comparator.comparingDouble(Visit::cost).thenComparingLong(Visit::order));
    Map<StateKey, Double> best = new HashMap<>();
    Set<StateKey> settled = new HashSet<>();
    long order = 0;
    queue.add(new Visit(from, startCost, null, null, order++));
    while (!queue.isEmpty() && settled.size() < maxStates) {
      Visit visit = queue.poll();
      if (visit.goal()) {
        return Optional.of(visit.path());
      }
      if (!settled.add(space.key(visit.state()))) {
        continue;
      }
      for (Transition t : space.from(visit.state())) {
        if (t.failed()) {
          continue;
        }
        double cost = visit.cost() + t.seconds();
        Visit next = new Visit(t.step().state(), cost, visit, t.move(), order++);
        if (goal.test(t.step().turn())) {
          queue.add(next.reached());
          continue;
        }
        StateKey key = space.key(next.state());
        if (!t.step().state().ended() && cost < best.getOrDefault(key, Double.MAX_VALUE)) {
          best.put(key, cost);
          queue.add(next);
        }
      }
    }
    return Optional.empty();
  }

  /** A state on the search's frontier, with the way it was reached. */
  private record Visit(
      CallState state, double cost, Visit parent, Move move, long order, boolean goal) {

    Visit(CallState state, double cost, Visit parent, Move move, long order) {
      this(state, cost, parent, move, order, false);
    }

    Visit reached() {
      return new Visit(state, cost, parent, move, order, true);
    }

    Path path() {
      List<Move> moves = new ArrayList<>();
      for (Visit v = this; v.move != null; v = v.parent) {
        moves.add(v.move);
      }
      Collections.reverse(moves);
      return new Path(
          moves.stream().map(Move::input).toList(),
          moves.stream().map(Move::description).toList(),
          cost);
    }
  }

  // --- Goals --------------------------------------------------------------------------------

  /**
   * The call enters a node: {@code node} of the top-level flow, or {@code flow/node} of a sub-flow.
   */
  public static Predicate<Turn> reaches(Flow flow, String node) {
    int slash = node.indexOf('/');
    String flowId = slash < 0 ? flow.id() : node.substring(0, slash);
    String nodeId = node.substring(slash + 1);
    return turn ->
        turn.events().stream()
            .anyMatch(
                e ->
                    e.kind() == Event.Kind.ENTERED
                        && e.flowId().equals(flowId)
                        && e.nodeId().equals(nodeId));
  }

  /** The call ends this way (transferred, self-served, hung up). */
  public static Predicate<Turn> endsWith(Outcome outcome) {
    return turn -> turn.ending() != null && turn.ending().outcome() == outcome;
  }

  /** The call is transferred to this queue. */
  public static Predicate<Turn> transfersTo(String queue) {
    return turn ->
        turn.ending() != null
            && turn.ending().outcome() == Outcome.TRANSFERRED
            && queue.equals(turn.ending().queue());
  }

  /** The call is transferred to any queue. */
  public static Predicate<Turn> transfers() {
    return endsWith(Outcome.TRANSFERRED);
  }
}
