package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.testing.lint.LintFinding;
import org.junit.jupiter.api.Test;

/**
 * One test per Studio flow of src/test/resources/import/studio: it imports, checks clean, a
 * scripted call reaches the endings a Studio caller would, and the explorer's first scenario file
 * passes.
 */
class StudioFlowsTest {

  /** The import's files, checked, explored and the explorer's scenarios run. */
  private static Map<String, Flow> checkedAndExplored(ImportResult result) {
    Map<String, Flow> flows = ImportedFlows.check(result);
    ImportedFlows.exploreAndRun(flows, result.flowId());
    return flows;
  }

  @Test
  void menuWithTrapsNamesEachTrapAtItsWidgetAndStillRuns() {
    ImportResult result = ImportedFlows.studio("menu-with-traps.json");
    assertEquals(
        List.of(
            "studio-no-person Trigger 4:5",
            "studio-endless-loop main 32:5",
            "studio-endless-timeout main 44:9",
            "studio-spoken-only main_words 118:9",
            "studio-unreachable orphan 193:5"),
        result.traps().stream().map(StudioFlowsTest::brief).toList());
    Map<String, Flow> flows = checkedAndExplored(result);
    ImportedFlows.passes(
        flows,
        "menu-with-traps",
        """
        flow: menu-with-traps
        scenarios:
          - name: 1 hears the hours
            steps:
              - press: 1
              - hear: nine to five
              - end: self-served
          - name: the spoken-only joke has key 2
            steps:
              - say: tell me a joke
              - hear: It lost its contacts
              - end: self-served
          - name: a wrong key hears the say-play that led back, as the no-match text
            steps:
              - press: 7
              - hear: Sorry, that is not an option.
              - at: main
          - name: endless silence in Studio ends after two re-prompts here
            steps:
              - silence
              - silence
              - silence
              - end: hung-up
        """);
  }

  @Test
  void pharmacyRefillLooksUpThePrescriptionAndTakesVoicemail() {
    Map<String, Flow> flows = checkedAndExplored(ImportedFlows.studio("pharmacy-refill.json"));
    ImportedFlows.passes(
        flows,
        "pharmacy-refill",
        """
        flow: pharmacy-refill
        scenarios:
          - name: a prescription with refills is ordered
            steps:
              - press: "2222222"
              - hear: is ordered
              - end: self-served
          - name: none left goes to voicemail
            steps:
              - press: "3333333"
              - hear: no refills left
              - hear: leave a message after the tone
              - end: self-served
          - name: an unknown prescription reaches the pharmacist
            steps:
              - press: "7654321"
              - hear: could not find that prescription
              - end: transferred to pharmacist
          - name: silence goes to voicemail at once, as in Studio
            steps:
              - silence
              - hear: leave a message
              - end: self-served
        """);
  }

  @Test
  void spanishLineSpeaksSpanishAndSetsTheTopicByOption() {
    Map<String, Flow> flows = checkedAndExplored(ImportedFlows.studio("linea-espanol.json"));
    assertEquals(List.of("es-US"), flows.get("linea-espanol").locales());
    ImportedFlows.passes(
        flows,
        "linea-espanol",
        """
        flow: linea-espanol
        scenarios:
          - name: 2 is payments too
            steps:
              - press: 2
              - hear: Le comunicamos con pagos.
              - end: transferred to agente
          - name: saying persona reaches an agent
            steps:
              - say: una persona por favor
              - hear: Le comunicamos con un agente.
              - end: transferred to agente
        """);
  }

  @Test
  void appointmentsRunTheSubflowStandInAndBranchOnTheIntent() {
    ImportResult result = ImportedFlows.studio("appointments.json");
    assertTrue(result.files().containsKey("appointments-verify.yaml"), result.files()::toString);
    Map<String, Flow> flows = checkedAndExplored(result);
    ImportedFlows.passes(
        flows,
        "appointments",
        """
        flow: appointments
        scenarios:
          - name: booking
            steps:
              - press: 1
              - hear: This stands in for a Studio sub-flow
              - press: 1
              - hear: You are booked
              - end: self-served
          - name: cancelling
            steps:
              - press: 2
              - press: 1
              - hear: cancelled
              - end: self-served
          - name: a failed sub-flow reaches the front desk
            steps:
              - press: 1
              - press: 2
              - end: transferred to front_desk
        """);
  }

  @Test
  void namesWithSpacesAndPunctuationBecomeNodeIdsAndARecordingGetsLabels() {
    Map<String, Flow> flows = checkedAndExplored(ImportedFlows.studio("names-to-tidy.json"));
    assertTrue(flows.get("names-to-tidy").nodes().containsKey("Say-Goodbye"));
    ImportedFlows.passes(
        flows,
        "names-to-tidy",
        """
        flow: names-to-tidy
        scenarios:
          - name: the balance from the practice data
            steps:
              - hear: (the recording main-menu.mp3 plays here)
              - hear: For Account Check, press 1.
              - press: 1
              - press: "2222"
              - hear: Your balance is (fill in balance) dollars.
              - end: self-served
          - name: sales
            steps:
              - press: 2
              - end: transferred to Sales-Team
        """);
  }

  private static String brief(LintFinding f) {
    return f.rule() + " " + f.nodeId() + " " + f.position().line() + ":" + f.position().column();
  }
}
