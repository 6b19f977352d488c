package org.ivrpractice.interop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * The traps of a Studio flow a caller can fall into, found on import as lint-style warnings that
 * name the widget (the endless timeout is found with the gather it belongs to): a transition that
 * hangs up without a word, a loop a caller who keeps failing goes round without end, and a flow
 * with no way to a person.
 */
final class StudioTraps {

  /** Events after which ending the call is what the widget is for. */
  private static final Set<String> ENDING_EVENTS =
      Set.of(
          "audioComplete",
          "callCompleted",
          "callComplete",
          "hangup",
          "recordingComplete",
          "incomingMessage",
          "incomingConversationMessage",
          "incomingRequest",
          "incomingParent");

  /** Widgets that hand the caller to a person. */
  private static final Set<String> PEOPLE =
      Set.of("connect-call-to", "enqueue-call", "send-to-flex");

  private final StudioContext context;

  StudioTraps(StudioContext context) {
    this.context = context;
  }

  void find() {
    Set<String> reached = reachedFromTrigger();
    for (Widget w : context.studio.widgets().values()) {
      if (reached.contains(w.name())) {
        cutOffs(w);
      }
    }
    loops(reached);
    if (reached.stream().map(context::widget).noneMatch(w -> PEOPLE.contains(w.type()))) {
      Widget trigger = context.widget(context.studio.initialState());
      context.trap(
          "studio-no-person",
          trigger,
          trigger.at(),
          "no call to this flow can reach a person: it has no connect-call-to, enqueue-call or"
              + " send-to-flex a caller can get to",
          "offer an agent (an enqueue-call) from the main menu and after repeated no-input");
    }
  }

  private void cutOffs(Widget w) {
    for (Transition t : w.transitions()) {
      boolean unusedSpeech = t.event().equals("speech"); // many gathers take keys only
      if (t.next() == null
          && !ENDING_EVENTS.contains(t.event())
          && !unusedSpeech
          && !isTriggerOnly(w, t)) {
        context.trap(
            "studio-cut-off",
            w,
            t.at(),
            w.describe()
                + "'s '"
                + t.event()
                + "' goes nowhere: Studio hangs up on the caller"
                + " without a word",
            "connect it to a say-play that says what happens next, or to an agent");
      }
    }
  }

  private static boolean isTriggerOnly(Widget w, Transition t) {
    return w.type().equals("trigger") && !t.event().equals("incomingCall");
  }

  /**
   * Loops through which a caller who keeps failing (silence, a wrong key, a failed function) goes
   * round for ever: Studio counts nothing, so they can be at the same widget ten times in a row. A
   * caller's own choices (keys and words that match) are not followed.
   */
  private void loops(Set<String> reached) {
    Map<String, List<String>> edges = failureEdges();
    Set<String> reported = new HashSet<>();
    for (Widget w : context.studio.widgets().values()) {
      if (reached.contains(w.name()) && !reported.contains(w.name())) {
        List<String> cycle = cycleThrough(w.name(), edges);
        if (!cycle.isEmpty()) {
          reported.addAll(cycle);
          context.trap(
              "studio-endless-loop",
              w,
              w.at(),
              "a caller who keeps failing goes round "
                  + String.join(" → ", cycle)
                  + " → "
                  + cycle.get(0)
                  + " with nothing counting: they can reach '"
                  + w.name()
                  + "' ten times in a row",
              "count the rounds in a flow variable and leave the loop (to an agent) after two");
        }
      }
    }
  }

  /** Where each widget goes on a failure or on its own (a taken split's, from its gather). */
  private Map<String, List<String>> failureEdges() {
    Map<String, List<String>> edges = new HashMap<>();
    for (Widget w : context.studio.widgets().values()) {
      List<String> out = new ArrayList<>();
      for (Transition t : w.transitions()) {
        boolean choice =
            t.event().equals("match") && context.takenSplits.containsKey(w.name())
                || t.event().equals("keypress")
                || t.event().equals("speech");
        boolean selfTimeout = t.event().equals("timeout") && w.name().equals(t.next());
        boolean counted = t.event().equals("noMatch") && context.counterOf(w) != null;
        if (t.next() != null
            && !choice
            && !selfTimeout
            && !counted
            && context.widget(t.next()) != null) {
          out.add(t.next());
        }
      }
      if (context.takenSplits.containsKey(w.name())) {
        // a taken split is the gather's answer: its no-match leaves from the gather
        edges
            .computeIfAbsent(context.takenSplits.get(w.name()), k -> new ArrayList<>())
            .addAll(out);
      } else {
        edges.computeIfAbsent(w.name(), k -> new ArrayList<>()).addAll(out);
      }
    }
    return edges;
  }

  /** A shortest cycle from the widget back to itself, as the widgets on it; empty if none. */
  private static List<String> cycleThrough(String start, Map<String, List<String>> edges) {
    Map<String, String> parent = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>(edges.getOrDefault(start, List.of()));
    edges.getOrDefault(start, List.of()).forEach(n -> parent.putIfAbsent(n, start));
    while (!todo.isEmpty()) {
      String at = todo.poll();
      if (at.equals(start)) {
        List<String> cycle = new ArrayList<>();
        for (String n = parent.get(start); !n.equals(start); n = parent.get(n)) {
          cycle.add(0, n);
        }
        cycle.add(0, start);
        return cycle;
      }
      for (String next : edges.getOrDefault(at, List.of())) {
        if (!parent.containsKey(next)) {
          parent.put(next, at);
          todo.add(next);
        }
      }
    }
    return List.of();
  }

  private Set<String> reachedFromTrigger() {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(context.studio.initialState()));
    while (!todo.isEmpty()) {
      String name = todo.poll();
      Widget w = context.widget(name);
      if (w != null && seen.add(name)) {
        w.transitions().stream()
            .filter(t -> t.next() != null && !isTriggerOnly(w, t))
            .forEach(t -> todo.add(t.next()));
      }
    }
    return seen;
  }
}
