package org.ivrpractice.testing.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.Test;

class ExplorerTest {

  private final Explorer explorer = new Explorer();

  @Test
  void bankLineFiguresAreExact() {
    ExplorationReport report = explorer.explore(ExploreFlows.bank());

    // main and card, each before any retry, after 1 or 2 silences, after 1 or 2 wrong entries;
    // then the three endings
    assertEquals(13, report.states());
    assertFalse(report.truncated());
    assertEquals(List.of(), report.findings());
    assertEquals(
        List.of(
            "queue agents: press 0 (about 7 s) / press 2, enter •••••••••••0005 (about 24 s)",
            "queue priority: press 2, enter •••••••••••1000 (about 24 s) / press 2, enter"
                + " •••••••••••1000 (about 24 s)",
            "hangup hours: press 1 (about 8 s) / press 1 (about 8 s)",
            "ending self-served: press 1 (about 8 s) / press 1 (about 8 s)",
            "ending transferred: press 0 (about 7 s) / press 2, enter •••••••••••0005 (about 24"
                + " s)"),
        report.departments().stream()
            .map(
                d ->
                    d.kind()
                        + " "
                        + d.name()
                        + ": "
                        + d.quickest().describe()
                        + " / "
                        + d.slowest().describe())
            .toList());
    // 13 words before the menu waits, 2 for "Please hold.", one key
    assertEquals(7.0, report.fastestAgent().seconds(), 1e-9);
    // 13 + 4 ("Enter your card number.") + 2 words, 16 keys
    assertEquals(23.6, report.slowestAgent().seconds(), 1e-9);
    assertEquals("main", report.deepestMenu().node());
    assertEquals(1, report.deepestMenu().menus());
  }

  @Test
  void aNodeOnlyAnImpossibleConditionLeadsToIsUnreachable() {
    String yaml =
        ExploreFlows.BANK
            .replace(
                "    when:\n",
                "    when:\n      - if: account.tier == \"Diamond\"\n        goto: diamond-desk\n")
            .replace(
                "\n  agent:\n",
                "\n  diamond-desk:\n    type: transfer\n    queue: priority\n  agent:\n");
    Flow flow = ExploreFlows.load(yaml).get("bank");

    ExplorationReport report = explorer.explore(flow);

    assertEquals(
        List.of(
            "bank.yaml:47:3: [diamond-desk] no call reaches this node, with every key, escape,"
                + " silence and practice entry tried from the start. Fix: check the branch"
                + " conditions and lookups on the way here (does any practice record meet them?),"
                + " or remove the node"),
        report.findings().stream().map(ExplorationReport.Finding::format).toList());
    assertEquals(ExplorationReport.Finding.Kind.UNREACHABLE, report.findings().get(0).kind());
  }

  @Test
  void aLoopACallerCannotLeaveIsReportedWithTheWayIn() {
    String loop =
        String.join(
            "\n",
            "    else: confirm",
            "  confirm:",
            "    type: menu",
            "    prompt: \"To check your card again, press 1.\"",
            "    escapes: false",
            "    fallback: confirm",
            "    options:",
            "      - { digit: 1, goto: recheck }",
            "  recheck:",
            "    type: branch",
            "    when:",
            "      - if: account.tier == \"Diamond\"",
            "        goto: agent",
            "    else: confirm",
            "");
    Flow flow = ExploreFlows.load(ExploreFlows.BANK.replace("    else: agent\n", loop)).get("bank");

    ExplorationReport report = explorer.explore(flow);

    assertEquals(
        List.of(
            "bank.yaml:41:3: [confirm] a caller who gets here can never reach an ending, only"
                + " hang up: the call goes round confirm. Fix: keep the agent escape on in this"
                + " loop (remove escapes: false), or give it an option or fallback that leaves it."
                + " Route: press 2, enter •••••••••••0005 (about 26 s)"),
        report.findings().stream().map(ExplorationReport.Finding::format).toList());
    assertEquals(ExplorationReport.Finding.Kind.TRAP, report.findings().get(0).kind());
  }

  @Test
  void theBoundOnStatesStopsTheExploration() {
    ExplorationReport report = new Explorer(5).explore(ExploreFlows.bank());

    assertTrue(report.truncated());
    assertEquals(5, report.states());
  }

  @Test
  void bundledLinesHaveNoExplorationProblems() {
    LoadResult loaded = FlowLoader.load(List.of(Path.of("ivr-flows")));
    List<ExplorationReport> reports =
        loaded.flows().values().stream()
            .filter(f -> !f.isSubflow())
            .map(explorer::explore)
            .toList();

    reports.forEach(r -> assertEquals(List.of(), r.findings(), r.flowId()));
    assertEquals(List.of(), Explorer.unreachedInSubflows(reports, loaded.flows()));
  }

  @Test
  void aLineThatEndsAtOnceHasItsEndingAndNoAgent() {
    Flow flow =
        ExploreFlows.load(
                """
                id: brief
                nodes:
                  bye: { type: hangup, prompt: "Closed today. Goodbye." }
                """)
            .get("brief");

    ExplorationReport report = explorer.explore(flow);

    assertEquals("hangup bye: nothing (about 1 s)", describe(report.departments().get(0)));
    assertNull(report.fastestAgent());
  }

  private static String describe(ExplorationReport.Department d) {
    return d.kind() + " " + d.name() + ": " + d.quickest().describe();
  }
}
