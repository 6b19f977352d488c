package org.ivrpractice.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calls on the bundled hello line, traced through the engine and reported. */
class FlowAnalyticsTest {

  private static final Engine ENGINE = new Engine();
  private static Flow hello;

  @BeforeAll
  static void load() {
    LoadResult result = FlowLoader.load(List.of(Path.of("ivr-flows/hello.yaml")));
    hello = result.flow("hello");
  }

  /** Plays a call from its start with these inputs; it starts at {@code at} and lasts 10 s. */
  private static CallSummary call(String id, long at, Input... inputs) {
    Step step = ENGINE.start(hello, null, 1);
    CallTrace trace = CallTrace.started("browser", "en-US", null, at, step.turn(), null);
    for (Input input : inputs) {
      step = ENGINE.step(hello, step.state(), input);
      trace = trace.after(input, step.turn(), null);
    }
    return trace.end(id, "hello", "r1", step.turn(), at + 10_000, false);
  }

  @Test
  void aTraceFollowsTheCallAndCountsInputsByKind() {
    CallSummary s = call("a", 0, Input.silence(), Input.speech("what"), Input.digits("1"));
    assertEquals(List.of("hello/welcome", "hello/main", "hello/hours"), s.path());
    assertEquals(new CallTrace.Inputs(1, 1, 1), s.inputs());
    assertEquals(
        List.of(
            new CallTrace.Reprompt("hello/main", "no-input"),
            new CallTrace.Reprompt("hello/main", "no-match")),
        s.reprompts());
    assertEquals(CallSummary.SELF_SERVED, s.outcome());
    assertEquals("hello/hours", s.endNode());
    assertNull(s.timeToAgentMs());
  }

  @Test
  void reportsOutcomesTransfersAbandonmentAndPaths() {
    List<CallSummary> calls = new ArrayList<>();
    calls.add(call("1", 0, Input.digits("1")));
    calls.add(call("2", 60_000, Input.digits("2")));
    calls.add(call("3", 120_000, Input.digits("0")));
    calls.add(call("4", 180_000, Input.silence(), Input.hangUp()));
    calls.add(Summaries.selfServed("other", "card-services", 0));

    AnalyticsReport r = FlowAnalytics.of("hello", calls, null, 0, false);

    assertEquals(4, r.calls());
    assertEquals(
        Map.of("self-served", 2, "transferred", 1, "abandoned", 1, "hung-up", 0, "error", 0),
        r.outcomes());
    assertEquals(0.5, r.containment());
    assertEquals(List.of(new AnalyticsReport.QueueCount("agents", 1, 0.25)), r.transfers());
    AnalyticsReport.NodeStats main = node(r, "hello/main");
    assertEquals(4, main.visits()); // a re-prompt says the node again without entering it
    assertEquals(4, main.calls());
    assertEquals(1, main.abandoned());
    assertEquals(0.25, main.abandonment());
    assertEquals(1, main.noInput());
    assertEquals(Long.valueOf(10_000), r.medianTimeToAgentMs());
    assertEquals(4, r.topPaths().stream().mapToInt(AnalyticsReport.PathCount::calls).sum());
    assertEquals(
        4,
        r.edges().stream()
            .filter(e -> e.from().equals("hello/welcome") && e.to().equals("hello/main"))
            .findFirst()
            .orElseThrow()
            .calls());
    assertEquals(4, r.overTime().stream().mapToInt(AnalyticsReport.TimeSlot::calls).sum());
  }

  @Test
  void filtersByChannelAndTime() {
    List<CallSummary> calls =
        List.of(call("1", 0, Input.digits("1")), call("2", 600_000, Input.digits("1")));
    assertEquals(1, FlowAnalytics.of("hello", calls, null, 300_000, false).calls());
    assertEquals(0, FlowAnalytics.of("hello", calls, "twilio", 0, false).calls());
    assertEquals(2, FlowAnalytics.of("hello", calls, "browser", 0, false).calls());
  }

  @Test
  void percentilesAreNearestRank() {
    List<Long> times = List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L);
    assertEquals(50L, FlowAnalytics.percentile(times, 50));
    assertEquals(90L, FlowAnalytics.percentile(times, 90));
    assertNull(FlowAnalytics.percentile(List.of(), 50));
  }

  private static AnalyticsReport.NodeStats node(AnalyticsReport r, String id) {
    return r.nodes().stream().filter(n -> n.node().equals(id)).findFirst().orElseThrow();
  }
}
