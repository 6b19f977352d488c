package org.ivrpractice.channels.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.channels.web.FlowDiagram.DiagramEdge;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/**
 * Marks the ways of a diagram that every menu has: to the line's agent (the agent escape's node,
 * which escapes, fallbacks, "speak with an agent" options and sub-flow exits all lead to) and back
 * to the line's main menu. Drawn as lines they would cross the whole page from every menu; the page
 * draws a marked way as a short stub labelled with where it goes.
 *
 * <p>The main menu is the line's menu with the most ways back into it (at least two): a way back
 * comes from a node that no call reaches from the start without passing through that menu first.
 * The ways into it from before it (the language menu's options) stay lines.
 */
final class DiagramStubs {

  static final String AGENT = "agent";
  static final String MAIN_MENU = "main-menu";

  private final Flow line;
  private final Collection<DiagramEdge> edges;
  private final Map<String, List<String>> out = new HashMap<>();

  DiagramStubs(Flow line, Collection<DiagramEdge> edges) {
    this.line = line;
    this.edges = edges;
    for (DiagramEdge e : edges) {
      out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
  }

  /** The edges, in their order, each marked {@code agent}, {@code main-menu} or not at all. */
  List<DiagramEdge> mark() {
    String agent = agentNode();
    String menu = mainMenu();
    Set<String> beforeMenu = menu == null ? Set.of() : reachableAvoiding(menu);
    return edges.stream()
        .map(
            e -> {
              if (e.to().equals(agent)) {
                return e.withStub(AGENT);
              }
              if (e.to().equals(menu) && !beforeMenu.contains(e.from())) {
                return e.withStub(MAIN_MENU);
              }
              return e;
            })
        .toList();
  }

  private String agentNode() {
    Escape agent = line.escape(Escape.AGENT);
    if (agent == null || !line.nodes().containsKey(agent.target())) {
      return null;
    }
    return FlowDiagram.id(line, agent.target());
  }

  /** The line's menu with the most ways back into it, if one has at least two. */
  private String mainMenu() {
    String best = null;
    long most = 1;
    for (Node node : line.nodes().values()) {
      if (!(node instanceof Node.Menu)) {
        continue;
      }
      String menu = FlowDiagram.id(line, node.id());
      Set<String> before = reachableAvoiding(menu);
      long back =
          edges.stream().filter(e -> e.to().equals(menu) && !before.contains(e.from())).count();
      if (back > most) {
        best = menu;
        most = back;
      }
    }
    return best;
  }

  /** The nodes a call reaches from the line's start without entering {@code avoided}. */
  private Set<String> reachableAvoiding(String avoided) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    String start = FlowDiagram.id(line, line.start());
    if (!start.equals(avoided)) {
      seen.add(start);
      todo.add(start);
    }
    while (!todo.isEmpty()) {
      for (String next : out.getOrDefault(todo.poll(), List.of())) {
        if (!next.equals(avoided) && seen.add(next)) {
          todo.add(next);
        }
      }
    }
    return seen;
  }
}
