package org.ivrpractice.testing.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;

/**
 * Every call state a flow can reach from its start, found breadth first with the moves of {@link
 * CallerMoves}, and every move between them. Retry counters and the finite practice values keep the
 * states finite; {@link #maxStates} bounds them anyway. State 0 is the start.
 */
final class StateGraph {

  /**
   * A move from one state, and where it led.
   *
   * @param target the index of the state reached, or -1 when the engine failed
   * @param turn what the caller heard and what happened (null when the engine failed)
   * @param error the engine's message when it failed
   */
  record Edge(int from, Move move, int target, Turn turn, String error, double seconds) {
    boolean failed() {
      return target < 0;
    }
  }

  private final Flow flow;
  private final CallStates space;
  private final int maxStates;
  private final List<CallState> states = new ArrayList<>();
  private final List<List<Edge>> edges = new ArrayList<>();
  private final Map<StateKey, Integer> index = new HashMap<>();
  private final Set<Integer> cut = new HashSet<>();
  private Turn startTurn;
  private String startError;
  private boolean truncated;

  private final Engine engine;

  private StateGraph(Flow flow, int maxStates, Engine engine, List<String> savedKeys) {
    this.flow = flow;
    this.space = new CallStates(flow, engine, savedKeys);
    this.maxStates = maxStates;
    this.engine = engine;
  }

  /**
   * Explores the flow from its start, in the locale (null for its first), with the cases its calls
   * save: once, keeping them, and, when some were saved, again, with their keys entered at the
   * collects as a caller ringing back would enter them.
   */
  static StateGraph explore(Flow flow, String locale, int maxStates) {
    ExplorationRecords records = new ExplorationRecords();
    StateGraph first = new StateGraph(flow, maxStates, new Engine(records), List.of());
    first.run(locale);
    if (records.isEmpty() || first.startTurn == null) {
      return first;
    }
    StateGraph again = new StateGraph(flow, maxStates, new Engine(records), records.keys());
    again.run(locale);
    return again;
  }

  /**
   * Explores the flow from its start with the calls of {@code engine}, once: for callers whose
   * engine keeps no records between calls (the path finder's, the practice crowd's).
   */
  static StateGraph exploreWith(Engine engine, Flow flow, String locale, int maxStates) {
    StateGraph graph = new StateGraph(flow, maxStates, engine, List.of());
    graph.run(locale);
    return graph;
  }

  private void run(String locale) {
    Step start;
    try {
      start = engine.start(flow, locale, PathFinder.SEED);
    } catch (RuntimeException e) {
      startError = e.getMessage();
      return;
    }
    startTurn = start.turn();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(add(start.state()));
    while (!todo.isEmpty()) {
      int from = todo.poll();
      List<Edge> out = edges.get(from);
      for (Transition t : space.from(states.get(from))) {
        if (t.failed()) {
          out.add(new Edge(from, t.move(), -1, null, t.error(), t.seconds()));
          continue;
        }
        Integer to = index.get(space.key(t.step().state()));
        if (to == null) {
          if (states.size() >= maxStates) {
            truncated = true;
            cut.add(from);
            continue;
          }
          to = add(t.step().state());
          todo.add(to);
        }
        out.add(new Edge(from, t.move(), to, t.step().turn(), null, t.seconds()));
      }
    }
  }

  private int add(CallState state) {
    int i = states.size();
    states.add(state);
    edges.add(new ArrayList<>());
    index.put(space.key(state), i);
    return i;
  }

  Flow flow() {
    return flow;
  }

  /** The index of the state that is the same for a search as {@code state}, or -1. */
  int indexOf(CallState state) {
    return index.getOrDefault(space.key(state), -1);
  }

  int size() {
    return states.size();
  }

  CallState state(int i) {
    return states.get(i);
  }

  List<Edge> edges(int i) {
    return edges.get(i);
  }

  /** The first turn of the call; null when the call could not start. */
  Turn startTurn() {
    return startTurn;
  }

  /** Why the call could not start, or null. */
  String startError() {
    return startError;
  }

  /** True when some move from the state was not followed, because of the bound on states. */
  boolean truncatedAt(int state) {
    return cut.contains(state);
  }

  /** True when the bound on states stopped the exploration early. */
  boolean truncated() {
    return truncated;
  }
}
