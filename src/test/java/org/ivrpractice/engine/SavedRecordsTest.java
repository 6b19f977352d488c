package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * A call saves a case under the reference it reads out, and a later call that enters the reference
 * finds it: within the step when the engine keeps the records, or through the channel when the
 * engine pauses at the lookup. The practice data still answers when nothing was saved.
 */
class SavedRecordsTest {

  private static final String DATA =
      """
      tables:
        cases:
          - { reference: "12345674", kind: dispute, status: under review }
      """;

  private static final Flow FLOW =
      flow(
          """
          id: t
          data: t.data.yaml
          queues: { agents: { label: Care } }
          nodes:
            start:
              type: menu
              options:
                - { digit: 1, label: order a card, goto: make-ref }
                - { digit: 2, label: follow up, goto: enter-ref }
            make-ref: { type: reference, into: ref, length: 8, next: keep }
            keep:
              type: save
              table: cases
              key: reference
              record: { reference: "{ref}", kind: replacement card, status: ordered, speed: fast }
              next: read-ref
            read-ref: { type: hangup, prompt: "Your reference number is {ref|digits}." }
            enter-ref:
              type: collect
              prompt: "Enter your reference number."
              length: 8
              check: luhn
              into: entered
              next: find
            find:
              type: lookup
              table: cases
              match: { reference: entered }
              as: earlier
              found: status
              notFound: unknown
            status: { type: hangup, prompt: "Your {earlier.kind} is {earlier.status}." }
            unknown: { type: hangup, prompt: "I couldn't find that case." }
            agent: { type: transfer, queue: agents }
          """);

  private static Flow flow(String yaml) {
    LoadResult result = FlowLoader.fromSources(Map.of("t.yaml", yaml, "t.data.yaml", DATA));
    assertTrue(result.ok(), () -> "the test flow has problems: " + result.problems());
    return result.flow("t");
  }

  private static String heard(Step step) {
    return String.join(" ", step.turn().prompts().stream().map(Prompt::text).toList());
  }

  @Test
  void aSaveListsTheRecordWithItsFieldsFilledIn() {
    Engine engine = new Engine();
    Step ordered = engine.step(FLOW, engine.start(FLOW, null, 7).state(), Input.digits("1"));
    String ref = ordered.state().variables().get("ref");
    assertEquals(
        List.of(
            new SavedRecord(
                "cases",
                "reference",
                Map.of(
                    "reference", ref,
                    "kind", "replacement card",
                    "status", "ordered",
                    "speed", "fast"))),
        ordered.turn().saves());
    assertTrue(
        ordered.turn().events().stream().anyMatch(e -> e.kind() == Event.Kind.SAVED),
        "the save is an event of the turn");
  }

  /** A call orders a replacement; a later call enters its reference: the step that found it. */
  private static Step foundByALaterCall(Engine engine) {
    Step ordered = engine.step(FLOW, engine.start(FLOW, null, 7).state(), Input.digits("1"));
    String ref = ordered.state().variables().get("ref");
    Step later = engine.step(FLOW, engine.start(FLOW, null, 99).state(), Input.digits("2"));
    return engine.step(FLOW, later.state(), Input.digits(ref));
  }

  @Test
  void aLaterCallFindsTheCaseByItsReference() {
    Step found = foundByALaterCall(new Engine(SavedRecords.inMemory()));
    assertEquals("Your replacement card is ordered.", heard(found));
  }

  @Test
  void withoutSavedRecordsThePracticeDataStillAnswers() {
    Engine engine = new Engine();
    Step later = engine.step(FLOW, engine.start(FLOW, null, 99).state(), Input.digits("2"));
    assertEquals(
        "Your dispute is under review.",
        heard(engine.step(FLOW, later.state(), Input.digits("12345674"))));
    assertEquals(
        "I couldn't find that case.",
        heard(engine.step(FLOW, later.state(), Input.digits("12345682"))));
  }

  @Test
  void aRecordFoundReplacesTheLastOneWholeNoFieldOfItIsLeft() {
    Engine engine = new Engine(SavedRecords.inMemory());
    CallState found = foundByALaterCall(engine).state();
    assertEquals("fast", found.variables().get("earlier.speed"));

    CallState again =
        engine
            .answer(
                FLOW,
                new CallState(
                    found.flowId(),
                    found.currentFlow(),
                    "find",
                    found.calls(),
                    found.locale(),
                    0,
                    0,
                    Map.of("entered", "12345674", "earlier.speed", "fast"),
                    Map.of(),
                    found.seed(),
                    found.references(),
                    false),
                null)
            .state();
    assertEquals("under review", again.variables().get("earlier.status"));
    assertNull(again.variables().get("earlier.speed"), "no field of the last record is left");
  }

  @Test
  void aPausingEngineStopsAtTheLookupAndGoesOnWithTheChannelsAnswer() {
    Engine engine = Engine.pausing();
    Step later = engine.step(FLOW, engine.start(FLOW, null, 99).state(), Input.digits("2"));
    Step asked = engine.step(FLOW, later.state(), Input.digits("87654323"));
    assertEquals(new RecordRequest("cases", "reference", "87654323"), asked.turn().needs());
    assertNull(asked.turn().awaiting());
    assertNull(asked.turn().ending());
    assertThrows(
        IllegalStateException.class,
        () -> engine.step(FLOW, asked.state(), Input.digits("1")),
        "a call waiting for a record takes no caller input");

    Step answered =
        engine.answer(
            FLOW,
            asked.state(),
            Map.of("reference", "87654323", "kind", "new card", "status", "sent"));
    Step whole = Engine.then(asked, answered);
    assertEquals("Your new card is sent.", heard(whole));
    assertNotNull(whole.turn().ending());

    Step none = engine.answer(FLOW, asked.state(), null);
    assertEquals("I couldn't find that case.", heard(none), "no saved record: the practice data");
  }
}
