package org.ivrpractice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;

/** Small flows for the scenario tests: a shop line that verifies a card in a sub-flow. */
final class TestFlows {

  private TestFlows() {}

  static final String SHOP =
      """
      id: shop
      queues:
        agents: { label: Customer care, wait: 60 }
      nodes:
        welcome:
          type: say
          prompt: "Welcome to the shop."
          next: main
        main:
          type: menu
          options:
            - { digit: 1, label: opening hours, say: [hours], goto: hours }
            - { digit: 2, label: your order, say: [order], goto: verify }
        hours:
          type: hangup
          prompt: "We are open from nine to five. Goodbye."
        verify:
          type: subflow
          flow: card
          exits: { ok: thanks, failed: agent }
        thanks:
          type: hangup
          prompt: "Your order is on its way. Goodbye."
        agent:
          type: transfer
          queue: agents
          prompt: "Please hold."
      """;

  static final String CARD =
      """
      id: card
      exits: [ok, failed]
      defaults:
        fallback: failed
      nodes:
        number:
          type: collect
          prompt: "Enter your card number, then press pound."
          length: 15
          finishKey: "#"
          check: luhn
          sensitive: true
          into: card
          next: done
        done: { type: return, exit: ok }
        failed: { type: return, exit: failed }
      """;

  /** A practice card number (it passes the Luhn check). */
  static final String CARD_NUMBER = "378282246310005";

  /** The shop and its sub-flow, loaded; fails the test on any problem. */
  static Map<String, Flow> flows() {
    LoadResult result = FlowLoader.fromSources(Map.of("shop.yaml", SHOP, "card.yaml", CARD));
    assertEquals(List.of(), result.problems(), "the test flows have problems");
    return result.flows();
  }

  /** Reads {@code shop.scenarios.yaml} with this text; fails the test on any problem. */
  static ScenarioFile scenarios(String yaml) {
    Problems problems = new Problems();
    ScenarioFile file = new ScenarioReader(flows()).read("shop.scenarios.yaml", yaml, problems);
    assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
    assertNotNull(file);
    return file;
  }
}
