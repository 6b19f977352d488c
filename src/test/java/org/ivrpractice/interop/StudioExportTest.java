package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void cardServicesExportsToAValidDefinitionAndItsScenariosPassAfterImportingItBack()
      throws Exception {
    roundTrip("card-services");
  }

  @Test
  void businessCardExportsToAValidDefinitionAndItsScenariosPassAfterImportingItBack()
      throws Exception {
    roundTrip("business-card");
  }

  /** A bundled line: exported, checked by Twilio's rules, imported, and its own scenarios run. */
  private static void roundTrip(String line) throws Exception {
    StudioExporter.Export export = StudioExporter.export(BUNDLED.flow(line));
    assertTrue(export.ok(), () -> export.problems().toString());
    assertEquals(List.of(), StudioDefinitionRules.broken(export.json()));
    Map<String, Flow> flows =
        ImportedFlows.check(StudioImporter.importFlow(line + ".json", export.json()));
    ImportedFlows.passes(
        flows, line, Files.readString(Path.of("ivr-flows/" + line + ".scenarios.yaml")));
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

  private static final String ORDERS =
      """
      id: orders
      data: orders.data.yaml
      queues:
        agents: { label: Agents, wait: 60 }
      nodes:
        start:
          type: menu
          prompt: "To check an order, press 1. To follow up on a call, press 2."
          options:
            - { digit: 1, say: [order], goto: order-number }
            - { digit: 2, say: [follow up], goto: ref-number }
        order-number:
          type: collect
          prompt: "Please enter your 4-digit order number."
          length: 4
          sensitive: true
          into: order
          next: find-order
        find-order:
          type: lookup
          table: orders
          match: { number: order }
          as: found
          found: route
          notFound: agent
        route:
          type: branch
          when:
            - if: found.status == "shipped" and found.items.count >= 2
              goto: many-shipped
            - if: found.status == "shipped" or found.status == "delivered"
              goto: shipped
          else: agent
        many-shipped:
          type: say
          prompt: "Your {found.items.count} parcels for {found.name} are on their way."
          next: make-ref
        shipped: { type: say, prompt: "Your order for {found.name} is {found.status}.", next: make-ref }
        make-ref: { type: reference, into: ref, length: 6, next: save-call }
        save-call:
          type: save
          table: calls
          key: reference
          record: { reference: "{ref}", name: "{found.name}", status: "{found.status}" }
          next: read-ref
        read-ref:
          type: hangup
          outcome: self-served
          prompt: "Your reference is {ref|digits}. Goodbye."
        ref-number:
          type: collect
          prompt: "Please enter your 6-digit reference."
          length: 6
          check: luhn
          invalid: "That reference does not look right."
          into: asked
          next: find-call
        find-call:
          type: lookup
          table: calls
          match: { reference: asked }
          as: call
          found: call-status
          notFound: agent
        call-status:
          type: hangup
          outcome: self-served
          prompt: "Your call about the order for {call.name} found it {call.status}. Goodbye."
        agent: { type: transfer, queue: agents, prompt: "Please hold." }
      """;

  private static final String ORDERS_DATA =
      """
      tables:
        orders:
          - { number: "2345", name: Alex, status: shipped, items: [{ sku: A }, { sku: B }] }
          - { number: "3456", name: Sam, status: delivered, items: [{ sku: C }] }
          - { number: "4567", name: Kim, status: shipped, items: [{ sku: D }] }
          - { number: "5678", name: Lee, status: lost, items: [] }
        calls:
          - { reference: "123455", name: Kim, status: delivered }
      """;

  private static final String ORDERS_SCENARIOS =
      """
      flow: orders
      scenarios:
        - name: two parcels shipped
          steps:
            - press: 1
            - press: 2345
            - hear: Your 2 parcels for Alex are on their way.
            - hear: Your reference is 7 2 1 4 6 4.
            - end: self-served
        - name: one parcel shipped
          steps:
            - press: 1
            - press: 4567
            - hear: Your order for Kim is shipped.
            - end: self-served
        - name: delivered
          steps:
            - press: 1
            - press: 3456
            - hear: Your order for Sam is delivered.
            - end: self-served
        - name: lost goes to an agent
          steps:
            - press: 1
            - press: 5678
            - end: transferred to agents
        - name: an unknown order goes to an agent
          steps:
            - press: 1
            - press: 9999
            - end: transferred to agents
        - name: the call saved before is found by its reference
          steps:
            - press: 2
            - press: "%s"
            - hear: Your call about the order for Sam found it delivered.
        - name: a mistyped reference is caught, and agent is still heard
          steps:
            - press: 2
            - press: 123456
            - hear: That reference does not look right.
            - say: agent
            - end: transferred to agents
        - name: an older call in the data
          steps:
            - press: 2
            - press: 123455
            - hear: Your call about the order for Kim found it delivered.
      """;

  @Test
  void lookupsReferencesSavedCasesAndChecksAreFunctionsAndRoundTrip() throws Exception {
    Map<String, String> sources = Map.of("orders.yaml", ORDERS, "orders.data.yaml", ORDERS_DATA);
    LoadResult loaded = FlowLoader.fromSources(sources);
    assertEquals(List.of(), loaded.problems().stream().map(p -> p.format()).toList());
    StudioExporter.Export export = StudioExporter.export(loaded.flow("orders"));
    assertTrue(export.ok(), () -> export.problems().toString());
    assertEquals(List.of(), StudioDefinitionRules.broken(export.json()));
    // pointed at the user's own service, the functions are still known by their names
    String hosted =
        export.json().replace("https://example.invalid/functions/", "https://orders-1234.twil.io/");
    assertTrue(hosted.contains("https://orders-1234.twil.io/ivr-lookup"));
    ImportResult back = StudioImporter.importFlow("orders.json", hosted);
    String scenarios = ORDERS_SCENARIOS.formatted("721464");
    ImportedFlows.passes(loaded.flows(), "orders", scenarios);
    ImportedFlows.passes(ImportedFlows.check(back), "orders", scenarios);
  }

  @Test
  void aSecondLocaleIsChosenByLiquidAndRoundTrips() throws Exception {
    LoadResult loaded =
        FlowLoader.fromSources(
            Map.of(
                "hola.yaml",
                """
                id: hola
                locales: [en-US, es-US]
                queues:
                  agents: { label: { en-US: Agents, es-US: Agentes }, wait: 60 }
                nodes:
                  language:
                    type: menu
                    prompt:
                      en-US: "For English, press 1. Para español, oprima 2."
                      es-US: "For English, press 1. Para español, oprima 2."
                    options:
                      - digit: 1
                        say: [english]
                        set: { locale: en-US }
                        goto: main
                      - digit: 2
                        say: [español]
                        set: { locale: es-US }
                        goto: main
                  main:
                    type: menu
                    intro: { en-US: "Main menu.", es-US: "Menú principal." }
                    options:
                      - digit: 1
                        label: { en-US: our hours, es-US: el horario }
                        say: [hours, horario]
                        goto: hours
                  hours:
                    type: hangup
                    prompt: { en-US: "We are open all day.", es-US: "Abrimos todo el día." }
                  agent: { type: transfer, queue: agents }
                """));
    StudioExporter.Export export = StudioExporter.export(loaded.flow("hola"));
    assertTrue(export.ok(), () -> export.problems().toString());
    assertEquals(List.of(), StudioDefinitionRules.broken(export.json()));
    String scenarios =
        """
        flow: hola
        scenarios:
          - name: english
            steps:
              - press: 1
              - hear: Main menu. For our hours, press 1.
              - press: 1
              - hear: We are open all day.
          - name: spanish
            steps:
              - press: 2
              - hear: Menú principal. Para el horario, marque 1.
              - say: horario
              - hear: Abrimos todo el día.
              - end: self-served
        """;
    ImportedFlows.passes(loaded.flows(), "hola", scenarios);
    ImportedFlows.passes(
        ImportedFlows.check(StudioImporter.importFlow("hola.json", export.json())),
        "hola",
        scenarios);
  }
}
