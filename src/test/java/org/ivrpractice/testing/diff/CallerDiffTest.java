package org.ivrpractice.testing.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code diff} tells a flow's author: the changes callers meet, and nothing else. */
class CallerDiffTest {

  /** The bundled flows, explored once for every test that compares a copy with them. */
  private static CallerView bundled;

  @BeforeAll
  static void exploreTheBundledFlows(@TempDir Path dir) throws IOException {
    bundled = CallerView.of(FlowLoader.load(List.of(BundledFlowCopies.copy(dir))));
  }

  private static CallerDiff againstBundled(Path copy) {
    return CallerDiff.between(bundled, CallerView.of(FlowLoader.load(List.of(copy))));
  }

  @Test
  void aRewordedIntroAndAMovedOptionShowExactlyOnTheRoutesThatHearThem(@TempDir Path dir)
      throws IOException {
    Path copy = BundledFlowCopies.copy(dir);
    BundledFlowCopies.rewordIntroAndMoveMoreOptions(copy);

    CallerDiff diff = againstBundled(copy);

    assertTrue(diff.changed());
    assertTrue(diff.ok());
    assertEquals(
        """
        --- card-services en-US, queue priority: press 1, press 2, enter •••••••••••1000#, press 0 (87.8 s)
        +++ card-services en-US, queue priority: press 1, press 2, enter •••••••••••1000#, press 0 (88.6 s, +0.8 s)
        @@ -6,13 +6,13 @@
         Para español, oprima 2.
         [press 1]
         Main menu.
        -You can press 0 for an agent at any time.
        +You can press 0 at any time to speak with an agent.
         For a lost or stolen card, press 1.
         For a fraud alert or a declined card, press 2.
         For disputing a charge, press 3.
         For rewards points, press 4.
         For following up with a reference number, press 5.
        -For more options, press 6.
        +For more options, press 9.
         [press 2]
         Let's check the charge we flagged on your card.
         First, let's find your card.

        --- card-services en-US, queue supervisors: press 1, press 6, press 3 (65.0 s)
        +++ card-services en-US, queue supervisors: press 1, press 9, press 3 (65.8 s, +0.8 s)
        @@ -6,14 +6,14 @@
         Para español, oprima 2.
         [press 1]
         Main menu.
        -You can press 0 for an agent at any time.
        +You can press 0 at any time to speak with an agent.
         For a lost or stolen card, press 1.
         For a fraud alert or a declined card, press 2.
         For disputing a charge, press 3.
         For rewards points, press 4.
         For following up with a reference number, press 5.
        -For more options, press 6.
        -[press 6]
        +For more options, press 9.
        +[press 9]
         For help with your online account, press 1.
         For card applications and new cards, press 2.
         For a supervisor, press 3.

        --- card-services en-US, hangup goodbye and ending self-served: press 1, press 5, enter 60933173, press 3 (73.0 s)
        +++ card-services en-US, hangup goodbye and ending self-served: press 1, press 5, enter 60933173, press 3 (73.8 s, +0.8 s)
        @@ -6,13 +6,13 @@
         Para español, oprima 2.
         [press 1]
         Main menu.
        -You can press 0 for an agent at any time.
        +You can press 0 at any time to speak with an agent.
         For a lost or stolen card, press 1.
         For a fraud alert or a declined card, press 2.
         For disputing a charge, press 3.
         For rewards points, press 4.
         For following up with a reference number, press 5.
        -For more options, press 6.
        +For more options, press 9.
         [press 5]
         Please enter the 8-digit reference number from your earlier call.
         [enter 60933173]

        --- card-services es-US, queue agents and ending transferred: press 2, press 0 (49.2 s)
        +++ card-services es-US, queue agents and ending transferred: press 2, press 0 (49.2 s)
        @@ -12,6 +12,6 @@
         Para disputar un cargo, marque 3.
         Para sus puntos de recompensa, marque 4.
         Para dar seguimiento con un número de referencia, marque 5.
        -Para más opciones, marque 6.
        +Para más opciones, marque 9.
         [press 0]
         Por favor, espere mientras le comunico con un agente.

        --- card-services es-US, queue priority: press 2, press 2, enter •••••••••••1000#, press 0 (92.2 s)
        +++ card-services es-US, queue priority: press 2, press 2, enter •••••••••••1000#, press 0 (92.2 s)
        @@ -12,7 +12,7 @@
         Para disputar un cargo, marque 3.
         Para sus puntos de recompensa, marque 4.
         Para dar seguimiento con un número de referencia, marque 5.
        -Para más opciones, marque 6.
        +Para más opciones, marque 9.
         [press 2]
         Revisemos el cargo que marcamos en su tarjeta.
         Primero, busquemos su tarjeta.

        --- card-services es-US, queue supervisors: press 2, press 6, press 3 (68.2 s)
        +++ card-services es-US, queue supervisors: press 2, press 9, press 3 (68.2 s)
        @@ -12,8 +12,8 @@
         Para disputar un cargo, marque 3.
         Para sus puntos de recompensa, marque 4.
         Para dar seguimiento con un número de referencia, marque 5.
        -Para más opciones, marque 6.
        -[press 6]
        +Para más opciones, marque 9.
        +[press 9]
         Para ayuda con su cuenta en línea, marque 1.
         Para solicitudes y tarjetas nuevas, marque 2.
         Para hablar con un supervisor, marque 3.

        --- card-services es-US, hangup goodbye and ending self-served: press 2, press 5, enter 60933173, press 3 (78.2 s)
        +++ card-services es-US, hangup goodbye and ending self-served: press 2, press 5, enter 60933173, press 3 (78.2 s)
        @@ -12,7 +12,7 @@
         Para disputar un cargo, marque 3.
         Para sus puntos de recompensa, marque 4.
         Para dar seguimiento con un número de referencia, marque 5.
        -Para más opciones, marque 6.
        +Para más opciones, marque 9.
         [press 5]
         Ingrese el número de referencia de 8 dígitos de su llamada anterior.
         [enter 60933173]

        Changes for callers on 1 of 3 lines: card-services.
        """
            .stripTrailing(),
        diff.report());
  }

  @Test
  void anEditOfCommentsAndLayoutOnlyIsNoChange(@TempDir Path dir) throws IOException {
    Path copy = BundledFlowCopies.copy(dir);
    BundledFlowCopies.editCommentsAndLayoutOnly(copy);

    CallerDiff diff = againstBundled(copy);

    assertFalse(diff.changed());
    assertEquals("No change for callers.", diff.report());
  }

  @Test
  void aBrokenFlowIsReportedWithItsPlaceAndNothingIsCompared(@TempDir Path dir) throws IOException {
    Path copy = BundledFlowCopies.copy(dir);
    BundledFlowCopies.replace(
        copy.resolve("card-services.yaml"), "goto: more-options", "goto: more-optoins");

    CallerDiff diff = againstBundled(copy);

    assertFalse(diff.ok());
    assertFalse(diff.changed());
    String report = diff.report();
    assertTrue(report.startsWith("After, the flows have problems:\n"), report);
    assertTrue(
        report.matches(
            "(?s).*\\Q"
                + copy.resolve("card-services.yaml")
                + "\\E:\\d+:\\d+: \\[main-menu\\] .*more-optoins.*did you mean 'more-options'\\?.*"),
        report);
    assertTrue(
        report.endsWith(
            "Fix these first: only valid flows can be compared ('check' says the same)."),
        report);
  }

  // --- Small lines, written here ---------------------------------------------------------

  private static final String SHOP =
      """
      id: shop
      queues:
        sales: { label: Sales, wait: 60 }
        agents: { label: Customer care, wait: 60 }
      nodes:
        main:
          type: menu
          options:
            - { digit: 1, label: our opening hours, goto: hours }
            - { digit: 2, label: sales, goto: sales }
        hours:
          type: say
          prompt: "We are open from nine to five."
          next: main
        sales:
          type: transfer
          queue: sales
          prompt: "Please hold for sales."
        agent:
          type: transfer
          queue: agents
          prompt: "Please hold."
      """;

  private static CallerDiff shop(String before, String after) {
    return CallerDiff.between(load(before), load(after));
  }

  private static LoadResult load(String shop) {
    LoadResult loaded = FlowLoader.fromSources(Map.of("shop.yaml", shop));
    assertEquals(List.of(), loaded.problems());
    return loaded;
  }

  @Test
  void aPromptHeardOnNoQuickestRouteStillShowsAsSaidElsewhere() {
    CallerDiff diff = shop(SHOP, SHOP.replace("from nine to five", "from eight to six, every day"));

    assertTrue(diff.changed());
    assertEquals(
        """
        --- shop en-US, elsewhere on the line
        +++ shop en-US, elsewhere on the line
        -We are open from nine to five.
        +We are open from eight to six, every day.

        Changes for callers on 1 of 1 line: shop.""",
        diff.report());
  }

  @Test
  void aNewQueueIsARouteThatAppearedAndMakesTheOtherRoutesLonger() {
    String after =
        SHOP.replace(
                "  agents: { label: Customer care, wait: 60 }\n",
                "  agents: { label: Customer care, wait: 60 }\n  billing: { label: Billing, wait: 60 }\n")
            .replace(
                "      - { digit: 2, label: sales, goto: sales }\n",
                "      - { digit: 2, label: sales, goto: sales }\n"
                    + "      - { digit: 3, label: billing, goto: billing }\n")
            .replace(
                "  agent:\n",
                "  billing:\n    type: transfer\n    queue: billing\n    prompt: \"Billing.\"\n"
                    + "  agent:\n");

    CallerDiff diff = shop(SHOP, after);

    assertTrue(diff.changed());
    assertEquals(
        """
        --- shop en-US, queue agents: press 0 (5.8 s)
        +++ shop en-US, queue agents: press 0 (7.4 s, +1.6 s)
        @@ -1,4 +1,5 @@
         For our opening hours, press 1.
         For sales, press 2.
        +For billing, press 3.
         [press 0]
         Please hold.

        --- shop en-US, queue billing: no route
        +++ shop en-US, queue billing: press 3 (7.0 s)
        @@ -0,0 +1,5 @@
        +For our opening hours, press 1.
        +For sales, press 2.
        +For billing, press 3.
        +[press 3]
        +Billing.

        --- shop en-US, queue sales: press 2 (6.6 s)
        +++ shop en-US, queue sales: press 2 (8.2 s, +1.6 s)
        @@ -1,4 +1,5 @@
         For our opening hours, press 1.
         For sales, press 2.
        +For billing, press 3.
         [press 2]
         Please hold for sales.

        --- shop en-US, ending transferred: press 0 (5.8 s)
        +++ shop en-US, ending transferred: press 3 (7.0 s, +1.2 s)
        @@ -1,4 +1,5 @@
         For our opening hours, press 1.
         For sales, press 2.
        -[press 0]
        -Please hold.
        +For billing, press 3.
        +[press 3]
        +Billing.

        Changes for callers on 1 of 1 line: shop.""",
        diff.report());
  }

  @Test
  void renamingANodeThatIsNoEndingIsNoChange() {
    CallerDiff diff =
        shop(SHOP, SHOP.replace("goto: hours", "goto: open").replace("  hours:", "  open:"));

    assertFalse(diff.changed());
    assertEquals("No change for callers.", diff.report());
  }

  @Test
  void aLineThatIsGoneShowsEveryRouteDisappearing() {
    CallerDiff diff =
        CallerDiff.between(
            load(SHOP),
            FlowLoader.fromSources(Map.of("hello.yaml", SHOP.replace("id: shop", "id: hello"))));

    assertTrue(diff.changed());
    assertTrue(diff.report().contains("+++ shop en-US, queue sales: no route\n"), diff.report());
    assertTrue(diff.report().contains("--- hello en-US, queue sales: no route\n"), diff.report());
    assertTrue(
        diff.report().endsWith("Changes for callers on 2 of 2 lines: hello, shop."), diff.report());
  }
}
