package org.ivrpractice.channels.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.junit.jupiter.api.Test;

class TerminalSimulatorTest {

  private static final Flow FLOW =
      FlowLoader.fromSources(
              Map.of(
                  "pin.yaml",
                  """
                  id: pin
                  queues: { agents: { label: Helpdesk, wait: 90 } }
                  nodes:
                    card:
                      type: collect
                      prompt: "Enter your card number, then press pound."
                      length: 15
                      finishKey: "#"
                      check: luhn
                      sensitive: true
                      into: card
                      next: thanks
                    thanks:
                      type: hangup
                      prompt: "Thanks, card {card}. Goodbye."
                    agent: { type: transfer, queue: agents }
                  """))
          .flow("pin");

  private static String call(String typed) throws IOException {
    StringWriter out = new StringWriter();
    String ending =
        new TerminalSimulator(new Engine())
            .run(
                FLOW,
                null,
                1,
                TerminalSimulator.LineSource.of(new BufferedReader(new StringReader(typed))),
                new PrintWriter(out));
    return out + ending;
  }

  @Test
  void sensitiveEntryIsEchoedMaskedAndNeverPrinted() throws IOException {
    String out = call("378282246310005#\n");
    assertTrue(out.contains("> you press •••••••••••0005#"), out);
    assertTrue(out.contains("IVR: Thanks, card ending in 0 0 0 5. Goodbye."), out);
    assertFalse(out.contains("378282246310005"), out);
  }

  @Test
  void emptyLineIsSilenceAndEndOfInputHangsUp() throws IOException {
    String out = call("\n");
    assertTrue(out.contains("> (silence)"), out);
    assertTrue(out.contains("IVR: Sorry, I didn't hear anything."), out);
    assertTrue(out.contains("(end of input: hanging up)"), out);
    assertTrue(out.endsWith("Call ended: you hung up."), out);
  }

  @Test
  void sayingAgentTransfersWithTheQueueAndWait() throws IOException {
    String out = call("say operator please\n");
    assertTrue(out.contains("you say: \"operator please\""), out);
    assertTrue(
        out.contains(
            "Call ended: transferred to Helpdesk (queue agents, position 1, estimated wait 2 minutes)."),
        out);
  }

  @Test
  void aLineOfWordsIsSpeechWithOrWithoutSay() {
    assertEquals(Input.speech("agent"), TerminalSimulator.parse("agent"));
    assertEquals(Input.speech("I lost my card"), TerminalSimulator.parse("  I lost my card "));
    assertEquals(Input.speech("agent"), TerminalSimulator.parse("say agent"));
    assertEquals(Input.digits("378282246310005#"), TerminalSimulator.parse("3782 822463 10005#"));
  }

  @Test
  void saidWithoutSayTheWordsReachTheAgent() throws IOException {
    String out = call("operator please\n");
    assertTrue(out.contains("Call ended: transferred to Helpdesk"), out);
  }

  @Test
  void nothingTypedUntilThePromptsTimeoutIsSilenceOnARealTimer() throws IOException {
    Flow quick =
        FlowLoader.fromSources(
                Map.of(
                    "quick.yaml",
                    """
                    id: quick
                    queues: { agents: { label: Helpdesk } }
                    defaults: { timeout: 1, retries: 0 }
                    nodes:
                      main:
                        type: menu
                        options: [{ digit: 1, label: hours, goto: bye }]
                      bye: { type: hangup, prompt: "Goodbye." }
                      agent: { type: transfer, queue: agents, prompt: "Let me get someone." }
                    """))
            .flow("quick");
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    TerminalSimulator.LineSource silent =
        TerminalSimulator.LineSource.timed(
            secret -> {
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return null;
            });
    StringWriter out = new StringWriter();
    long started = System.nanoTime();
    new TerminalSimulator(new Engine()).run(quick, null, 1, silent, new PrintWriter(out));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(out.toString().contains("(silence: the prompt timed out)"), out.toString());
    assertTrue(out.toString().contains("Let me get someone."), out.toString());
    assertTrue(
        millis >= 900, "the silence came after the prompt's timeout, not at once: " + millis);
    never.countDown();
  }

  @Test
  void eachLineIsReadHiddenOrNotAsItsOwnPromptAsks() throws Exception {
    java.util.List<Boolean> hidden = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.Iterator<String> lines = java.util.List.of("1", "378282246310005#").iterator();
    TerminalSimulator.LineSource keyboard =
        TerminalSimulator.LineSource.timed(
            secret -> {
              hidden.add(secret);
              return lines.hasNext() ? lines.next() : null;
            });

    assertEquals("1", keyboard.read(false, 5).line());
    Thread.sleep(200); // time for a keyboard thread that reads ahead to do so
    assertEquals("378282246310005#", keyboard.read(true, 5).line());

    assertEquals(
        java.util.List.of(false, true),
        hidden,
        "the card number is read hidden, as its prompt asks, not as the menu before it");
  }

  @Test
  void linesAreReadAsKeysSpeechSilenceOrHangUp() {
    assertEquals(Input.digits("12#"), TerminalSimulator.parse(" 1 2# "));
    assertEquals(Input.speech("lost card"), TerminalSimulator.parse("say lost card"));
    assertEquals(Input.silence(), TerminalSimulator.parse(""));
    assertEquals(Input.hangUp(), TerminalSimulator.parse("hangup"));
    assertEquals(Input.hangUp(), TerminalSimulator.parse(null));
  }
}
