package org.ivrpractice.testing.explore;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ivrpractice.flow.Problem;

/**
 * What exploring a phone line found: its problems, and the quickest and slowest ways to each of its
 * endings.
 *
 * @param flowId the line explored
 * @param states how many call states it has (reachable from the start, with the moves tried)
 * @param truncated true when the bound on states stopped the exploration before the end
 * @param took how long the exploration and its analysis took
 * @param findings what is wrong, worst first: nodes no call reaches, states no move leaves, loops a
 *     caller cannot leave, moves that make the engine fail
 * @param departments every ending, with its quickest and slowest route
 * @param deepestMenu the menu with the most menus before it on its quickest route (null if none)
 * @param fastestAgent the quickest route to any transfer (null when no transfer is reached)
 * @param slowestAgent the slowest route to any transfer without mistakes or circles (null when
 *     none)
 * @param slowestCut true when the slowest routes are lower bounds (the walk was cut short)
 * @param reached every node entered, as {@code flow/node}
 */
public record ExplorationReport(
    String flowId,
    int states,
    boolean truncated,
    Duration took,
    List<Finding> findings,
    List<Department> departments,
    DeepestMenu deepestMenu,
    PathFinder.Path fastestAgent,
    PathFinder.Path slowestAgent,
    boolean slowestCut,
    Set<String> reached) {

  public ExplorationReport {
    findings = List.copyOf(findings);
    departments = List.copyOf(departments);
    reached = Set.copyOf(reached);
  }

  /** True when nothing is wrong. */
  public boolean ok() {
    return findings.isEmpty();
  }

  /**
   * Something wrong the exploration found.
   *
   * @param problem where and what, with a fix
   * @param route the quickest route to where it shows (null for a node no call reaches)
   */
  public record Finding(Kind kind, Problem problem, PathFinder.Path route) {

    /** The kinds of finding. */
    public enum Kind {
      /** No call reaches the node. */
      UNREACHABLE,
      /** The call waits, but nothing the caller does moves it on. */
      DEAD_END,
      /** The caller can move, but never to an ending. */
      TRAP,
      /** A move makes the engine fail (a loop that never waits). */
      ENGINE_ERROR
    }

    /** {@code file:line:column: [node] message. Fix: ...}, then the route. */
    public String format() {
      String text = problem.format();
      if (route == null) {
        return text;
      }
      return text + (text.endsWith(".") ? " " : ". ") + "Route: " + route.describe();
    }
  }

  /**
   * Where a call can end: a queue, a hangup node, or an outcome.
   *
   * @param kind {@code queue}, {@code hangup} or {@code ending}
   * @param name the queue, the hangup node ({@code flow/node} in a sub-flow), or the outcome
   * @param quickest the quickest route there
   * @param slowest the slowest route there without mistakes or circles (may be null when only
   *     mistakes lead there, such as a fallback)
   */
  public record Department(
      String kind, String name, PathFinder.Path quickest, PathFinder.Path slowest) {}

  /**
   * The menu a caller reaches last.
   *
   * @param node the menu ({@code flow/node} in a sub-flow)
   * @param menus how many menus its quickest route passes, itself included
   * @param route its quickest route
   */
  public record DeepestMenu(String node, int menus, PathFinder.Path route) {}
}
