package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.Test;

/** Our lines as Studio flow definitions: valid by Twilio's rules, and the same line once back. */
class StudioExportTest {

  private static final LoadResult BUNDLED = FlowLoader.load(List.of(Path.of("ivr-flows")));

  @Test
  void helloExportsToAValidDefinitionAndItsScenariosPassAfterImportingItBack() throws Exception {
    StudioExporter.Export export = StudioExporter.export(BUNDLED.flow("hello"));
    assertTrue(export.ok(), () -> export.problems().toString());
    assertEquals(List.of(), StudioDefinitionRules.broken(export.json()));

    ImportResult back = StudioImporter.importFlow("hello.json", export.json());
    Map<String, Flow> flows = ImportedFlows.check(back);
    ImportedFlows.passes(
        flows, "hello", Files.readString(Path.of("ivr-flows/hello.scenarios.yaml")));
  }

  @Test
  void whatStudioCannotDoIsReportedAllAtOnceWithItsPlace() {
    StudioExporter.Export export = StudioExporter.export(BUNDLED.flow("card-services"));
    assertFalse(export.ok());
    assertEquals(
        List.of(
            "card-services.yaml:265:9: [agent] the condition of this case cannot be written as a"
                + " Studio split ({account.tier} has no Studio counterpart)",
            "follow-up.yaml:37:3: [find-case] a lookup cannot be exported to Studio: it reads the"
                + " practice data, which a Studio flow does not have",
            "verify-card.yaml:38:3: [find-card] a lookup cannot be exported to Studio: it reads"
                + " the practice data, which a Studio flow does not have"),
        export.problems().stream()
            .map(p -> p.format().replaceFirst("^.*/", "").replaceFirst("\\. Fix: .*", ""))
            .toList());
  }

  @Test
  void aBranchOnWhatAnOptionSetIsASplitAndRoundTrips() throws Exception {
    LoadResult loaded =
        FlowLoader.fromSources(
            Map.of(
                "tiers.yaml",
                """
                id: tiers
                queues:
                  gold: { label: Gold desk, wait: 10 }
                  agents: { label: Agents, wait: 60 }
                nodes:
                  welcome: { type: say, prompt: "Hello.", next: pick }
                  pick:
                    type: menu
                    prompt: "For gold, press 1. For standard, press 2."
                    options:
                      - { digit: 1, say: [gold], set: { tier: gold }, goto: route }
                      - { digit: 2, say: [standard], set: { tier: standard }, goto: route }
                  route:
                    type: branch
                    when:
                      - { if: tier == "gold", goto: gold }
                    else: agent
                  gold: { type: transfer, queue: gold, prompt: "The gold desk will help you." }
                  agent: { type: transfer, queue: agents, prompt: "Please hold." }
                """));
    StudioExporter.Export export = StudioExporter.export(loaded.flow("tiers"));
    assertTrue(export.ok(), () -> export.problems().toString());
    assertEquals(List.of(), StudioDefinitionRules.broken(export.json()));
    Map<String, Flow> flows =
        ImportedFlows.check(StudioImporter.importFlow("tiers.json", export.json()));
    ImportedFlows.passes(
        flows,
        "tiers",
        """
        flow: tiers
        scenarios:
          - name: gold
            steps:
              - press: 1
              - hear: The gold desk will help you.
              - end: transferred to gold
          - name: saying standard
            steps:
              - say: standard please
              - hear: Please hold.
              - end: transferred to agents
          - name: zero is still an agent
            steps:
              - press: 0
              - end: transferred to agents
        """);
  }
}
