package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.ivrpractice.TestClock;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.CallSummary;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.analytics.InMemoryCallLog;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * The recorder: how each kind of ending reaches the call log and the metrics, the summary of a call
 * the line failed, and a call log that fails without failing (or slowing) the call.
 */
class CallAnalyticsTest {

  private static final Flow LINE =
      load(
          """
          id: t
          queues: { agents: { label: Care } }
          nodes:
            main:
              type: menu
              prompt: "Press 1 for hours, 2 to leave."
              retries: 1
              fallback: bye
              options:
                - { digit: 1, say: [hours], goto: hours }
                - { digit: 2, say: [leave], goto: bye }
            hours: { type: hangup, prompt: "Open nine to five.", outcome: self-served }
            bye: { type: hangup, prompt: "Goodbye.", outcome: hung-up }
            agent: { type: transfer, queue: agents }
          """);

  private final Engine engine = new Engine();
  private final TestClock clock = new TestClock();
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final InMemoryCallLog log = new InMemoryCallLog(100);
  private final CallAnalytics analytics = new CallAnalytics(true, log, registry, clock);

  @Test
  void aSelfServedCallIsSummarisedWithItsPathInputsAndDuration() {
    CallSummary s = play(analytics, Duration.ofSeconds(42), Input.speech("hours"));

    assertEquals(CallSummary.SELF_SERVED, s.outcome());
    assertEquals("t/hours", s.endNode());
    assertEquals(List.of("t/main", "t/hours"), s.path());
    assertEquals(new CallTrace.Inputs(0, 1, 0), s.inputs());
    assertEquals(42_000, s.durationMs());
    assertEquals("browser", s.channel());
    assertEquals("r1", s.revision());
    assertNull(s.timeToAgentMs());
    assertEquals(1, count("ivr.calls", "outcome", "self-served"));
    assertEquals(1, count("ivr.calls.started", "channel", "browser"));
    assertEquals(2, count("ivr.node.visits"));
    Timer duration = registry.find("ivr.call.duration").tag("outcome", "self-served").timer();
    assertEquals(42.0, duration.totalTime(TimeUnit.SECONDS));
  }

  @Test
  void aTransferKeepsItsQueueAndTimeToAgent() {
    CallSummary s = play(analytics, Duration.ofSeconds(75), Input.digits("0"));

    assertEquals(CallSummary.TRANSFERRED, s.outcome());
    assertEquals("agents", s.queue());
    assertEquals(75_000L, s.timeToAgentMs());
    assertEquals(List.of("agent"), s.escapes());
    assertEquals(1, count("ivr.escapes", "escape", "agent"));
    Timer toAgent = registry.find("ivr.time.to.agent").tag("queue", "agents").timer();
    assertEquals(1, toAgent.count());
    assertEquals(75.0, toAgent.totalTime(TimeUnit.SECONDS));
  }

  @Test
  void theCallerHangingUpIsAbandonedWhereTheCallerWas() {
    CallSummary s = play(analytics, Duration.ofSeconds(5), Input.silence(), Input.hangUp());

    assertEquals(CallSummary.ABANDONED, s.outcome());
    assertEquals("t/main", s.endNode());
    assertEquals(new CallTrace.Inputs(0, 0, 1), s.inputs());
    assertEquals(List.of(new CallTrace.Reprompt("t/main", "no-input")), s.reprompts());
    assertEquals(1, count("ivr.reprompts", "node", "t/main", "kind", "no-input"));
  }

  @Test
  void theLineHangingUpAfterTheRetriesIsHungUpWithItsFallback() {
    CallSummary s = play(analytics, Duration.ofSeconds(20), Input.digits("7"), Input.digits("8"));

    assertEquals(CallSummary.HUNG_UP, s.outcome());
    assertEquals("t/bye", s.endNode());
    assertEquals(1, s.fallbacks());
    assertEquals(2, count("ivr.reprompts", "node", "t/main", "kind", "no-match"));
    assertEquals(1, count("ivr.fallbacks", "node", "t/main", "kind", "no-match"));
  }

  @Test
  void aCallTheLineFailedEndsInAnErrorAtItsLastNode() {
    Step first = engine.start(LINE, null, 1);
    CallTrace trace = analytics.started("twilio", "en-US", null, first.turn(), null);
    analytics.began("t", "r1", trace, first.turn());
    clock.advance(Duration.ofSeconds(3));

    analytics.failed("t", "r1", trace);

    CallSummary s = onlySummary();
    assertEquals(CallSummary.ERROR, s.outcome());
    assertEquals("t/main", s.endNode());
    assertEquals(3_000, s.durationMs());
    assertEquals(1, count("ivr.calls", "outcome", "error", "channel", "twilio"));
  }

  @Test
  void aCallLogThatFailsNeitherFailsTheCallNorStopsTheMetrics() {
    CallLog refuses =
        new CallLog() {
          @Override
          public CompletionStage<Void> append(CallSummary summary) {
            return CompletableFuture.failedFuture(new StoreUnavailable("the log is down", null));
          }

          @Override
          public CompletionStage<List<CallSummary>> read(String flow, long sinceMs, int limit) {
            return CompletableFuture.completedFuture(List.of());
          }
        };
    CallLog throwsAtOnce =
        new CallLog() {
          @Override
          public CompletionStage<Void> append(CallSummary summary) {
            throw new IllegalStateException("closed");
          }

          @Override
          public CompletionStage<List<CallSummary>> read(String flow, long sinceMs, int limit) {
            return CompletableFuture.completedFuture(List.of());
          }
        };
    CallAnalytics failing = new CallAnalytics(true, refuses, registry, clock);
    CallAnalytics throwing = new CallAnalytics(true, throwsAtOnce, registry, clock);

    assertDoesNotThrow(() -> play(failing, Duration.ofSeconds(1), Input.digits("1")));
    assertDoesNotThrow(() -> play(throwing, Duration.ofSeconds(1), Input.digits("2")));

    assertEquals(2, count("ivr.call.log.failures"));
    assertEquals(2, count("ivr.calls"));
  }

  @Test
  void anOutageOfTheCallLogIsLoggedOnceAndItsEndOnce() {
    boolean[] down = {true};
    CallLog flaky =
        new CallLog() {
          @Override
          public CompletionStage<Void> append(CallSummary summary) {
            return down[0]
                ? CompletableFuture.failedFuture(new StoreUnavailable("down", null))
                : log.append(summary);
          }

          @Override
          public CompletionStage<List<CallSummary>> read(String flow, long sinceMs, int limit) {
            return log.read(flow, sinceMs, limit);
          }
        };
    CallAnalytics recorder = new CallAnalytics(true, flaky, registry, clock);
    try (LogLines lines = LogLines.of(CallAnalytics.class)) {
      for (int i = 0; i < 3; i++) {
        play(recorder, Duration.ofSeconds(1), Input.digits("1"));
      }
      down[0] = false;
      play(recorder, Duration.ofSeconds(1), Input.digits("1"));
      play(recorder, Duration.ofSeconds(1), Input.digits("1"));

      assertEquals(2, lines.lines().size(), lines.lines()::toString);
      assertTrue(lines.lines().get(0).contains("did not keep"), lines.lines()::toString);
      assertTrue(lines.lines().get(1).contains("again"), lines.lines()::toString);
    }
    assertEquals(3, count("ivr.call.log.failures"));
    assertEquals(2, onlySummaries().size());
  }

  @Test
  void aCallLogThatNeverAnswersDoesNotHoldTheCallUp() {
    CallLog hangs =
        new CallLog() {
          @Override
          public CompletionStage<Void> append(CallSummary summary) {
            return new CompletableFuture<>();
          }

          @Override
          public CompletionStage<List<CallSummary>> read(String flow, long sinceMs, int limit) {
            return new CompletableFuture<>();
          }
        };
    CallAnalytics waiting = new CallAnalytics(true, hangs, registry, clock);

    long started = System.nanoTime();
    play(waiting, Duration.ofSeconds(1), Input.digits("1"));

    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "the call waited");
    assertEquals(1, count("ivr.calls", "outcome", "self-served"));
  }

  @Test
  void turnedOffNothingIsTracedCountedOrLogged() {
    CallAnalytics off = new CallAnalytics(false, log, registry, clock);
    Step first = engine.start(LINE, null, 1);
    CallTrace trace = off.started("browser", "en-US", null, first.turn(), null);
    off.began("t", "r1", trace, first.turn());
    Step next = engine.step(LINE, first.state(), Input.digits("1"));
    CallTrace after = off.after(trace, Input.digits("1"), next.turn(), null);
    off.kept("t", "r1", after, next.turn());
    off.failed("t", "r1", after);

    assertNull(trace);
    assertNull(after);
    assertEquals(List.of(), log.read(null, 0, 10).toCompletableFuture().join());
    assertEquals(0, count("ivr.calls") + count("ivr.node.visits") + count("ivr.calls.started"));
  }

  @Test
  void everySummaryHasItsOwnId() {
    CallSummary a = play(analytics, Duration.ofSeconds(1), Input.digits("1"));
    CallSummary b = play(analytics, Duration.ofSeconds(1), Input.digits("1"));

    assertNotEquals(a.id(), b.id());
    assertTrue(a.id().matches("[0-9a-f]{32}"), a.id());
  }

  /** Plays a browser call on LINE: starts it, waits {@code lasts}, then takes the inputs. */
  private CallSummary play(CallAnalytics recorder, Duration lasts, Input... inputs) {
    Step step = engine.start(LINE, null, 1);
    CallTrace trace = recorder.started("browser", "en-US", null, step.turn(), null);
    recorder.began("t", "r1", trace, step.turn());
    clock.advance(lasts);
    CallState state = step.state();
    for (Input input : inputs) {
      step = engine.step(LINE, state, input);
      state = step.state();
      trace = recorder.after(trace, input, step.turn(), null);
      recorder.kept("t", "r1", trace, step.turn());
    }
    assertTrue(step.turn().ended(), "the call ended");
    List<CallSummary> all = log.read(null, 0, 100).toCompletableFuture().join();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  private List<CallSummary> onlySummaries() {
    return log.read(null, 0, 100).toCompletableFuture().join();
  }

  private CallSummary onlySummary() {
    List<CallSummary> all = log.read(null, 0, 100).toCompletableFuture().join();
    assertEquals(1, all.size(), all::toString);
    return all.get(0);
  }

  private double count(String name, String... tags) {
    return registry.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  private static Flow load(String yaml) {
    LoadResult loaded = FlowLoader.fromSources(Map.of("t.yaml", yaml));
    assertTrue(loaded.ok(), () -> loaded.problems().toString());
    return loaded.flow("t");
  }
}
