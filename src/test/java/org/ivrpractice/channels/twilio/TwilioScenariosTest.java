package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.testing.CallView;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.Scenario;
import org.ivrpractice.testing.ScenarioFile;
import org.ivrpractice.testing.ScenarioResult;
import org.ivrpractice.testing.ScenarioRunner;
import org.ivrpractice.testing.ScenarioSuite;
import org.ivrpractice.testing.TextReport;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled scenario, played over the Twilio webhooks by a client that behaves like Twilio, and
 * on the engine directly: both must pass, and at every step the caller must hear the same (over the
 * phone, a transfer to a queue with no number adds the practice hold announcement).
 */
@QuarkusTest
class TwilioScenariosTest {

  @TestHTTPResource("/")
  URI root;

  @Inject TwilioCalls calls;

  /** One engine for the whole run, as the server is one: cases a call saves, later calls find. */
  private EngineDriver onEngine;

  @TestFactory
  Stream<DynamicNode> everyScenarioSoundsTheSameOverThePhone() {
    ScenarioSuite suite = ScenarioSuite.load(List.of(ScenarioSuite.DEFAULT_FOLDER));
    assertFalse(suite.files().isEmpty(), "no scenario files");
    onEngine = new EngineDriver(suite.flows());
    return suite.files().stream()
        .map(
            file ->
                dynamicContainer(
                    file.file(),
                    file.scenarios().stream()
                        .map(s -> dynamicTest(s.name(), () -> playBothWays(suite, file, s)))));
  }

  private void playBothWays(ScenarioSuite suite, ScenarioFile file, Scenario scenario) {
    RecordingDriver engine = new RecordingDriver(onEngine);
    String base = root.toString();
    TwilioCallClient client = new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
    RecordingDriver phone =
        new RecordingDriver(new TwilioCallDriver(client, calls.outcomes()::find));
    ScenarioResult onEngine = new ScenarioRunner(engine).run(file, scenario);
    ScenarioResult onPhone = new ScenarioRunner(phone).run(file, scenario);
    if (!onPhone.passed()) {
      fail("over the phone: " + TextReport.failure(onPhone) + "\n\n" + client.transcript());
    }
    assertTrue(onEngine.passed(), () -> "on the engine: " + TextReport.failure(onEngine));
    assertSameTurns(engine.turns(), phone.turns());
  }

  private static void assertSameTurns(List<CallView> engine, List<CallView> phone) {
    assertEquals(engine.size(), phone.size(), "turns");
    for (int i = 0; i < engine.size(); i++) {
      CallView expected = engine.get(i);
      CallView actual = phone.get(i);
      String where = "turn " + (i + 1);
      assertEquals(expected.ending(), actual.ending(), where + ": ending");
      List<String> heard = actual.prompts();
      int flowSaid = Math.min(expected.prompts().size(), heard.size());
      assertEquals(
          expected.prompts(), heard.subList(0, flowSaid), where + ": what the caller hears");
      List<String> extra = heard.subList(flowSaid, heard.size());
      if (expected.ended() && expected.ending().outcome() == Outcome.TRANSFERRED) {
        assertEquals(1, extra.size(), where + ": the practice hold announcement: " + extra);
        assertTrue(
            extra.get(0).contains("practice") || extra.get(0).contains("práctica"),
            extra::toString);
      } else {
        assertEquals(List.of(), extra, where + ": only what the flow says");
      }
      if (!expected.ended()) {
        assertEquals(expected.node(), actual.node(), where + ": where the call waits");
      }
    }
  }
}
