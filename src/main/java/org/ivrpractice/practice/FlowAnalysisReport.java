package org.ivrpractice.practice;

import java.util.List;
import java.util.Map;

/**
 * What the flow page and {@code GET /api/flows/{id}/analysis} show of a line: how much of it its
 * scenarios cover, what the lint finds, and what the explorer measures (docs/analysis.md).
 *
 * @param flow the line
 * @param name its name
 * @param scenarios the scenario run the coverage comes from
 * @param nodes for every node of the line and its sub-flows, by {@code flow/node} id (as in the
 *     diagram), {@code covered} or {@code not-covered}
 * @param coverage one row per flow: the line, then each sub-flow
 * @param notCovered the nodes and options no scenario exercised, with their place
 * @param findings the lint's findings, by file and line
 * @param silenced the findings a node's {@code lint: ignore} silenced, with its reason
 * @param explorer what the explorer found
 */
public record FlowAnalysisReport(
    String flow,
    String name,
    ScenarioRun scenarios,
    Map<String, String> nodes,
    List<CoverageRow> coverage,
    List<Uncovered> notCovered,
    List<Finding> findings,
    List<Finding> silenced,
    Exploration explorer) {

  /** A node's coverage status, as the diagram classes and the JSON name it. */
  public static final String COVERED = "covered";

  public static final String NOT_COVERED = "not-covered";

  /**
   * The scenario file run for the coverage.
   *
   * @param file the file, or null when the line has none (then nothing is covered)
   * @param passed how many scenarios passed
   * @param failed how many failed
   * @param problems problems that kept the file (or the flows) from running
   */
  public record ScenarioRun(String file, long passed, long failed, List<String> problems) {}

  /** One flow's coverage: one cell per kind of item, in the order of the table's columns. */
  public record CoverageRow(String flow, List<CoverageCell> cells) {}

  /**
   * How many items of a kind ({@code nodes}, {@code options}, {@code escapes}, {@code no-input},
   * {@code no-match}, {@code fallbacks}, {@code endings}) there are and how many were exercised.
   */
  public record CoverageCell(String kind, int covered, int total, int percent) {

    /** {@code 12/14 (86%)}, or a dash when the flow has nothing of the kind. */
    public String text() {
      return total == 0 ? "\u2013" : covered + "/" + total + " (" + percent + "%)";
    }

    public boolean complete() {
      return covered == total;
    }
  }

  /** An item no scenario exercised: {@code option 2 of main-menu} at {@code file:line:column}. */
  public record Uncovered(String flow, String item, String place) {}

  /**
   * A lint finding.
   *
   * @param place {@code file:line:column}
   * @param reason why the node silences it (null when it is not silenced)
   */
  public record Finding(
      String rule,
      String severity,
      String place,
      String flow,
      String node,
      String message,
      String fix,
      String reason) {}

  /**
   * What the explorer found (the {@code explore} command's table).
   *
   * @param endings each queue, hangup and outcome, with its quickest and slowest route
   * @param fastestAgent the quickest route to any queue (null when no call reaches one)
   * @param slowestAgent the slowest route to a queue without mistakes or circles (null when none)
   * @param slowestAtLeast true when the slowest figures are lower bounds (the walk was cut short)
   * @param problems what is wrong, with {@code file:line:column}, a fix and a route
   */
  public record Exploration(
      int states,
      boolean truncated,
      long millis,
      List<Ending> endings,
      Route fastestAgent,
      Route slowestAgent,
      boolean slowestAtLeast,
      DeepestMenu deepestMenu,
      List<String> problems) {}

  /** Where a call can end: {@code kind} is {@code queue}, {@code hangup} or {@code ending}. */
  public record Ending(String kind, String name, Route quickest, Route slowest) {}

  /** A route: the caller's moves ({@code press 1}, {@code say agent}) and its seconds. */
  public record Route(List<String> steps, long seconds) {

    /** {@code press 1, press 2}, or {@code (no key needed)}. */
    public String text() {
      return steps.isEmpty() ? "(no key needed)" : String.join(", ", steps);
    }
  }

  /** The menu with the most menus on its quickest route, itself included. */
  public record DeepestMenu(String node, int menus, Route route) {}
}
