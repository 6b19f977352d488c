package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionLoader;
import org.ivrpractice.practice.MissionRoutes;
import org.ivrpractice.testing.explore.PathFinder;
import org.junit.jupiter.api.Test;

/**
 * The missions beside the bundled flows load without a problem and every goal can be reached; a
 * broken missions file is reported with file:line:column, like a flow.
 */
class MissionsTest {

  private static final Map<String, Flow> LINES = lines();

  private static Map<String, Flow> lines() {
    LoadResult loaded = FlowLoader.load(List.of(Path.of("ivr-flows")));
    return loaded.flows().values().stream()
        .filter(f -> !f.isSubflow())
        .collect(Collectors.toMap(Flow::id, Function.identity()));
  }

  @Test
  void theBundledMissionsMatchTheLoadedFlows() {
    MissionLoader.MissionSet set = MissionLoader.load(Path.of("ivr-flows"), LINES);
    assertEquals(List.of(), set.problems().stream().map(Problem::format).toList());
    assertTrue(set.of("card-services").size() >= 5, "card-services has its five missions");
    assertFalse(set.of("hello").isEmpty());
  }

  @Test
  void everyBundledMissionCanBeReachedAndItsRouteIsPrinted() {
    MissionLoader.MissionSet set = MissionLoader.load(Path.of("ivr-flows"), LINES);
    MissionRoutes routes = new MissionRoutes();
    set.byFlow()
        .forEach(
            (flowId, missions) -> {
              for (Mission m : missions) {
                PathFinder.Path path = routes.fromStart(LINES.get(flowId), m).orElse(null);
                assertTrue(path != null, flowId + "/" + m.id() + " cannot be reached");
                System.out.println("route " + flowId + "/" + m.id() + ": " + path.describe());
              }
            });
  }

  @Test
  void aMissionNamingAnUnknownNodeOrQueueIsReportedWithItsLine() {
    String yaml =
        """
        missions:
          - id: stolen
            title: Report your card stolen
            briefing: [Have your card ready.]
            goal: { node: lost-card/read-reff }
          - id: person
            title: Reach a person
            briefing: [Say agent.]
            goal: { end: transferred to agentz }
          - id: card
            title: Wrong card
            briefing: [x]
            card: "1234"
            goal: { end: self-served }
          - id: colour
            title: A key too many
            briefing: [x]
            goal: { end: self-served }
            colour: red
        """;
    MissionLoader.MissionSet set =
        MissionLoader.fromSources(Map.of("ivr-flows/card-services.missions.yaml", yaml), LINES);
    List<String> problems = set.problems().stream().map(Problem::format).toList();
    assertEquals(4, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("ivr-flows/card-services.missions.yaml:5:"));
    assertTrue(problems.get(0).contains("did you mean 'read-ref'?"), problems.get(0));
    assertTrue(problems.get(1).startsWith("ivr-flows/card-services.missions.yaml:9:"));
    assertTrue(problems.get(1).contains("queue 'agentz'"), problems.get(1));
    assertTrue(problems.stream().anyMatch(p -> p.contains(":13:") && p.contains("1234")));
    assertTrue(problems.stream().anyMatch(p -> p.contains(":19:") && p.contains("'colour'")));
    assertTrue(set.of("card-services").isEmpty(), "missions with problems are left out");
  }

  @Test
  void everyBundledMissionSaysWhenItIsDoneInWords() {
    MissionLoader.MissionSet set = MissionLoader.load(Path.of("ivr-flows"), LINES);
    set.byFlow()
        .forEach(
            (flowId, missions) -> {
              for (Mission m : missions) {
                assertTrue(m.keys().containsKey("done"), m.id() + " has its own 'done:'");
                assertFalse(m.done().contains("node:") || m.done().contains("/"), m.done());
              }
            });
  }

  @Test
  void aMissionWithoutDoneIsDescribedFromItsGoal() {
    String yaml =
        """
        missions:
          - id: hours
            title: Opening hours
            briefing: [x]
            goal: { node: hours }
          - id: person
            title: A person
            briefing: [x]
            goal: { end: transferred to agents }
          - id: served
            title: Served
            briefing: [x]
            goal: { end: self-served }
        """;
    MissionLoader.MissionSet set =
        MissionLoader.fromSources(Map.of("ivr-flows/hello.missions.yaml", yaml), LINES);
    assertEquals(List.of(), set.problems());
    List<String> done = set.of("hello").stream().map(Mission::done).toList();
    assertEquals(
        List.of(
            "the line says \u201cWe are open every day from nine to five.\u201d",
            "you are transferred to Customer care.",
            "the line helps you without an agent and says goodbye."),
        done);
  }

  @Test
  void aNodeGoalWithoutAMenuOptionIsDescribedByWhatTheLineSaysThere() {
    String yaml =
        """
        missions:
          - id: ref
            title: Reference
            briefing: [x]
            goal: { node: lost-card/read-ref }
        """;
    MissionLoader.MissionSet set =
        MissionLoader.fromSources(Map.of("ivr-flows/card-services.missions.yaml", yaml), LINES);
    String done = set.of("card-services").get(0).done();
    assertTrue(done.startsWith("the line says \u201cYour reference number is \u2026."), done);
  }

  @Test
  void anEmptyDoneIsReported() {
    String yaml =
        """
        missions:
          - id: hours
            title: Opening hours
            briefing: [x]
            goal: { node: hours }
            done: ""
        """;
    MissionLoader.MissionSet set =
        MissionLoader.fromSources(Map.of("ivr-flows/hello.missions.yaml", yaml), LINES);
    assertEquals(1, set.problems().size());
    assertTrue(set.problems().get(0).format().startsWith("ivr-flows/hello.missions.yaml:6:"));
    assertTrue(set.problems().get(0).format().contains("'done' is empty"));
  }

  @Test
  void missionsForAnUnknownLineAreReported() {
    MissionLoader.MissionSet set =
        MissionLoader.fromSources(Map.of("ivr-flows/nope.missions.yaml", "missions: []"), LINES);
    assertEquals(1, set.problems().size());
    assertTrue(set.problems().get(0).format().startsWith("ivr-flows/nope.missions.yaml:1:1:"));
  }
}
