package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.junit.jupiter.api.Test;

class SubflowTest {

  private static final String MAIN =
      """
      id: t
      queues: { agents: { label: Care } }
      nodes:
        hello: { type: say, prompt: "Hello.", next: verify }
        verify:
          type: subflow
          flow: pin
          exits: { verified: welcome, failed: agent }
        welcome: { type: hangup, prompt: "Welcome back." }
        agent: { type: transfer, queue: agents, prompt: "An agent will help." }
      """;

  private static final String PIN =
      """
      id: pin
      exits: [verified, failed]
      defaults:
        fallback: give-up
      nodes:
        ask:
          type: collect
          prompt: "Enter your four-digit code."
          length: 4
          retries: 1
          into: code
          next: check
        check:
          type: branch
          when:
            - if: code == "1234"
              goto: ok
          else: ask-again
        ask-again:
          type: menu
          prompt: "Wrong code. Press 1 to try again."
          options:
            - { digit: 1, say: [try again], goto: ask }
        ok: { type: say, prompt: "Code accepted, {code|digits}.", next: done }
        done: { type: return, exit: verified }
        give-up: { type: return, exit: failed }
      """;

  private static Flow flow() {
    return TestCall.flows(Map.of("t.yaml", MAIN, "pin.yaml", PIN), "t");
  }

  @Test
  void subflowRunsFromItsStartInTheSameTurn() {
    TestCall call = TestCall.start(flow());

    assertEquals("Hello. | Enter your four-digit code.", call.heard());
    assertEquals("pin", call.turn().flowId());
    assertEquals("ask", call.at());
    assertEquals(List.of(new CallState.Frame("t", "verify")), call.state().calls());
    assertEquals("pin", call.state().currentFlow());
    assertEquals("t", call.state().flowId());
  }

  @Test
  void returnContinuesAtTheCallersExitWithSharedVariables() {
    TestCall call = TestCall.start(flow()).press("1234");

    assertEquals("t", call.turn().flowId());
    assertEquals("welcome", call.at());
    assertEquals(List.of(), call.state().calls());
    assertEquals("1234", call.variable("code"));
    assertEquals("Code accepted, 1 2 3 4. | Welcome back.", call.heard());
  }

  @Test
  void subflowFallbackReturnsThroughItsFailedExit() {
    TestCall call = TestCall.start(flow()).silence().silence();

    assertEquals("agent", call.at());
    assertEquals("t", call.turn().flowId());
    assertEquals("An agent will help.", call.turn().prompts().get(1).text());
  }

  @Test
  void escapeFromInsideASubflowGoesToTheTopLevelAgent() {
    TestCall call = TestCall.start(flow()).press("4321").say("operator");

    assertEquals("agent", call.at());
    assertEquals("t", call.turn().flowId());
    assertEquals(List.of(), call.state().calls());
    assertEquals("pin", call.turn().events().get(0).flowId());
    assertEquals("ESCAPE:agent", call.events().get(0));
  }

  @Test
  void eventsNameTheFlowOfTheirNode() {
    TestCall call = TestCall.start(flow()).press("1234");

    assertEquals(
        List.of("pin:ask", "pin:check", "pin:ok", "pin:done", "t:welcome"),
        call.turn().events().stream().map(e -> e.flowId() + ":" + e.nodeId()).distinct().toList());
  }
}
