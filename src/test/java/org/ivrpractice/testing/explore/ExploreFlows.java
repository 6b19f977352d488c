package org.ivrpractice.testing.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;

/**
 * A small bank line for the analysis tests, with timings easy to count by hand: every prompt's word
 * count is in a comment (2.5 words a second).
 */
final class ExploreFlows {

  private ExploreFlows() {}

  static final String DATA =
      """
      tables:
        cards:
          - { number: "378282246310005", holder: Alex, tier: Green }
          - { number: "378734493671000", holder: Jordan, tier: Platinum }
      """;

  static final String BANK =
      """
      id: bank
      data: bank.data.yaml
      queues:
        agents: { label: Customer care, wait: 60 }
        priority: { label: Priority, wait: 10 }
      nodes:
        welcome:
          type: say
          prompt: "Welcome to the bank."          # 4 words
          next: main
        main:
          type: menu
          prompt: "For hours, press 1. For your card, press 2."   # 9 words
          options:
            - { digit: 1, say: [hours], goto: hours }
            - { digit: 2, say: [card], goto: card }
        hours:
          type: hangup
          prompt: "We open at nine. Goodbye."       # 5 words
        card:
          type: collect
          prompt: "Enter your card number."       # 4 words
          length: 15
          check: luhn
          sensitive: true
          into: number
          next: find
        find:
          type: lookup
          table: cards
          match: { number: number }
          as: account
          found: route
          notFound: agent
        route:
          type: branch
          when:
            - if: account.tier == "Platinum"
              goto: priority
          else: agent
        priority:
          type: transfer
          queue: priority
          prompt: "Priority service."             # 2 words
        agent:
          type: transfer
          queue: agents
          prompt: "Please hold."                  # 2 words
      """;

  /** The bank line, loaded; fails the test on any problem. */
  static Flow bank() {
    return load(BANK).get("bank");
  }

  /** The flow (as {@code <id>.yaml}, with the bank's data beside it), loaded without problems. */
  static Map<String, Flow> load(String yaml) {
    String id = yaml.lines().filter(l -> l.startsWith("id:")).findFirst().orElseThrow();
    String name = id.substring(3).strip() + ".yaml";
    LoadResult result = FlowLoader.fromSources(Map.of(name, yaml, "bank.data.yaml", DATA));
    assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
    return result.flows();
  }
}
