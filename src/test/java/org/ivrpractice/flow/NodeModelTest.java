package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questions asked of a node rather than worked out from its kind: texts, waiting, tests. */
class NodeModelTest {

  private static final Flow FLOW =
      FlowLoader.fromSources(
              Map.of(
                  "line.yaml",
                  """
                  id: line
                  nodes:
                    welcome:
                      type: say
                      prompt: "Welcome."
                      next: main
                    main:
                      type: menu
                      intro: "Main menu."
                      options:
                        - { digit: 1, label: "your card", goto: card, set: { name: Alex } }
                        - { digit: 2, label: "an agent", goto: agent }
                    card:
                      type: collect
                      prompt: "Enter your card number."
                      invalid: "That is not a card number."
                      length: 15
                      check: luhn
                      into: card
                      next: route
                    route:
                      type: branch
                      when:
                        - { if: 'card == "1" or card in ("2")', goto: agent }
                        - { if: name, goto: bye }
                      else: bye
                    bye: { type: hangup, prompt: "Goodbye." }
                    agent: { type: transfer, queue: agents }
                  queues:
                    agents: { label: Care }
                  """))
          .flow("line");

  @Test
  void eachNodeNamesTheTextsItSpeaksByTheirKeysInOrder() {
    assertEquals(List.of("prompt"), keys("welcome"));
    assertEquals(List.of("intro", "options.0.label", "options.1.label"), keys("main"));
    assertEquals(List.of("prompt", "invalid"), keys("card"));
    assertEquals(List.of(), keys("route"));
    assertEquals(List.of("prompt"), keys("bye"));
    assertEquals(List.of(), keys("agent"));
    assertEquals(
        "your card", FLOW.node("main").texts().get("options.0.label").in("en-US").source());
  }

  @Test
  void onlyMenusAndCollectsWaitAndTheyGiveTheirInputSettings() {
    assertTrue(FLOW.node("main") instanceof Node.Waiting);
    assertTrue(FLOW.node("card") instanceof Node.Waiting);
    assertFalse(FLOW.node("welcome") instanceof Node.Waiting);
    assertEquals(
        ((Node.Collect) FLOW.node("card")).input(), ((Node.Waiting) FLOW.node("card")).input());
  }

  @Test
  void aBranchTestsEveryVariableOfItsConditionsByCase() {
    assertEquals(
        Map.of("when.0.if", List.of("card", "card"), "when.1.if", List.of("name")),
        TestedVariables.of(FLOW.node("route")));
    assertEquals(Map.of(), TestedVariables.of(FLOW.node("welcome")));
  }

  private static List<String> keys(String nodeId) {
    return List.copyOf(FLOW.node(nodeId).texts().keySet());
  }
}
