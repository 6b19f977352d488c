package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ivrpractice.channels.web.FlowDiagram.DiagramEdge;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diagram marks the ways every menu has to the agent and back to the main menu, which the pages
 * draw as short labelled stubs, and keeps the other ways as lines.
 */
class FlowDiagramStubsTest {

  private static LoadResult bundled;

  @BeforeAll
  static void loadTheFlowsFolder() {
    bundled = FlowLoader.load(List.of(Path.of("ivr-flows")));
  }

  private static FlowDiagram diagram(String line) {
    return FlowDiagram.of(bundled.flow(line));
  }

  private static Optional<DiagramEdge> edge(FlowDiagram diagram, String from, String to) {
    return diagram.edges().stream()
        .filter(e -> e.from().equals(from) && e.to().equals(to))
        .findFirst();
  }

  @Test
  void everyWayToTheAgentNodeIsAnAgentStub() {
    FlowDiagram d = diagram("card-services");
    List<DiagramEdge> toAgent =
        d.edges().stream().filter(e -> e.to().equals("card-services/agent")).toList();

    assertTrue(toAgent.size() > 10, toAgent.toString());
    toAgent.forEach(e -> assertEquals("agent", e.stub(), e.toString()));
    assertEquals("escape", edge(d, "card-services/main-menu", "card-services/agent").get().kind());
    assertEquals("option", edge(d, "card-services/info-next", "card-services/agent").get().kind());
  }

  @Test
  void aSubflowMenuEscapesToTheLinesAgentAsAStub() {
    FlowDiagram d = diagram("card-services");

    DiagramEdge escape = edge(d, "lost-card/delivery-menu", "card-services/agent").orElseThrow();
    assertEquals("escape", escape.kind());
    assertEquals("agent", escape.stub());
    DiagramEdge inBusiness =
        edge(diagram("business-card"), "lost-card/delivery-menu", "business-card/agent")
            .orElseThrow();
    assertEquals("agent", inBusiness.stub());
  }

  @Test
  void waysBackToTheMainMenuAreStubsAndTheWayInIsALine() {
    FlowDiagram d = diagram("card-services");

    for (String from :
        List.of(
            "card-services/more-options",
            "card-services/rewards-menu",
            "card-services/lost-card",
            "lost-card/return-menu")) {
      DiagramEdge back = edge(d, from, "card-services/main-menu").orElseThrow();
      assertEquals("main-menu", back.stub(), back.toString());
    }
    DiagramEdge in = edge(d, "card-services/language", "card-services/main-menu").orElseThrow();
    assertNull(in.stub(), "the language menu leads into the main menu: " + in);
    assertEquals("1, 2", in.label());
    DiagramEdge local =
        edge(d, "card-services/rewards-uses", "card-services/rewards-menu").orElseThrow();
    assertNull(local.stub(), "a way back to a sub-menu stays a line: " + local);
  }

  @Test
  void aLineWithNoWayBackHasNoMainMenuStub() {
    FlowDiagram d = diagram("hello");

    assertTrue(d.edges().stream().noneMatch(e -> "main-menu".equals(e.stub())), d.toString());
    assertEquals("agent", edge(d, "hello/main", "hello/agent").orElseThrow().stub());
    assertNull(edge(d, "hello/welcome", "hello/main").orElseThrow().stub());
  }

  @Test
  void aLineWithoutTheAgentEscapeHasNoAgentStub() {
    String yaml =
        """
        id: plain
        name: Plain line
        locales: [en-US]
        escapes: { agent: false }
        queues:
          agents: { label: Care, wait: 60 }
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: care, goto: care }
              - { digit: 2, label: the end, goto: bye }
          care:
            type: transfer
            queue: agents
            prompt: "Hold on."
          bye:
            type: hangup
            prompt: "Goodbye."
        """;
    LoadResult result = FlowLoader.fromSources(Map.of("plain.yaml", yaml));
    assertEquals(List.of(), result.problems());

    FlowDiagram d = FlowDiagram.of(result.flow("plain"));
    assertTrue(d.edges().stream().allMatch(e -> e.stub() == null), d.toString());
  }
}
