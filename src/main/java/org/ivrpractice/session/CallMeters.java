package org.ivrpractice.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ivrpractice.analytics.CallSummary;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Turn;

/**
 * The {@code ivr_*} call metrics (docs/analytics.md names them and their tags). Every tag value is
 * a line's or a node's id from the flow files, a channel, an outcome, a queue or an escape's name:
 * never what a caller pressed or said. Each meter is looked up in the registry once per tag set and
 * kept here, so a webhook pays a map lookup per event, not a registry lookup.
 */
final class CallMeters {

  static final String STARTED = "ivr.calls.started";
  static final String CALLS = "ivr.calls";
  static final String NODE_VISITS = "ivr.node.visits";
  static final String REPROMPTS = "ivr.reprompts";
  static final String ESCAPES = "ivr.escapes";
  static final String FALLBACKS = "ivr.fallbacks";
  static final String DURATION = "ivr.call.duration";
  static final String TIME_TO_AGENT = "ivr.time.to.agent";
  static final String LOG_FAILURES = "ivr.call.log.failures";

  private static final Duration[] DURATION_BUCKETS = seconds(10, 30, 60, 120, 300, 600, 1200);
  private static final Duration[] AGENT_BUCKETS = seconds(15, 30, 60, 120, 300, 600);

  private final MeterRegistry registry;
  private final ConcurrentMap<List<String>, Counter> counters = new ConcurrentHashMap<>();
  private final ConcurrentMap<NodeKey, Counter> nodeCounters = new ConcurrentHashMap<>();
  private final ConcurrentMap<List<String>, Timer> timers = new ConcurrentHashMap<>();
  private final Counter logFailures;

  CallMeters(MeterRegistry registry) {
    this.registry = registry;
    this.logFailures =
        Counter.builder(LOG_FAILURES)
            .description("Call summaries the call log failed to keep")
            .register(registry);
  }

  void started(String line, String channel) {
    counter(List.of(STARTED, line, channel), k -> tagged(k, "flow", "channel")).increment();
  }

  /** What happened in a turn: the nodes entered, the re-prompts, escapes and fallbacks. */
  void turn(String line, Turn turn) {
    for (Event e : turn.events()) {
      switch (e.kind()) {
        case ENTERED -> count(NODE_VISITS, line, e, null);
        case NO_INPUT -> count(REPROMPTS, line, e, "no-input");
        case NO_MATCH -> count(REPROMPTS, line, e, "no-match");
        case FALLBACK -> count(FALLBACKS, line, e, e.detail());
        case ESCAPE ->
            counter(List.of(ESCAPES, line, e.detail()), k -> tagged(k, "flow", "escape"))
                .increment();
        default -> {}
      }
    }
  }

  /** How a call ended and how long it took (and, transferred, how long to the agent). */
  void ended(CallSummary s) {
    counter(List.of(CALLS, s.flow(), s.channel(), s.outcome()), this::calls).increment();
    timer(List.of(DURATION, s.flow(), s.channel(), s.outcome()), DURATION_BUCKETS)
        .record(s.durationMs(), TimeUnit.MILLISECONDS);
    if (s.timeToAgentMs() != null) {
      String queue = s.queue() == null ? "none" : s.queue();
      timer(List.of(TIME_TO_AGENT, s.flow(), s.channel(), queue), AGENT_BUCKETS)
          .record(s.timeToAgentMs(), TimeUnit.MILLISECONDS);
    }
  }

  void logFailed() {
    logFailures.increment();
  }

  /**
   * A node's counter. Its key holds the event's own strings (whose hashes the flow model has
   * already worked out), not {@code flow/node} made again for every event.
   */
  private void count(String name, String line, Event e, String kind) {
    NodeKey key = new NodeKey(name, line, e.flowId(), e.nodeId(), kind);
    Counter c = nodeCounters.get(key);
    if (c == null) {
      c = nodeCounters.computeIfAbsent(key, this::register);
    }
    c.increment();
  }

  private Counter register(NodeKey k) {
    Counter.Builder b =
        Counter.builder(k.name())
            .description(describe(k.name()))
            .tag("flow", k.line())
            .tag("node", k.flow() + "/" + k.node());
    return (k.kind() == null ? b : b.tag("kind", k.kind())).register(registry);
  }

  /** Which node counter: its name, the line, the node's flow and id, and the kind (or null). */
  private record NodeKey(String name, String line, String flow, String node, String kind) {}

  private Counter counter(List<String> key, Function<List<String>, Counter> make) {
    Counter c = counters.get(key);
    return c != null ? c : counters.computeIfAbsent(key, make);
  }

  private Timer timer(List<String> key, Duration[] buckets) {
    Timer t = timers.get(key);
    if (t != null) {
      return t;
    }
    String last = key.get(0).equals(DURATION) ? "outcome" : "queue";
    return timers.computeIfAbsent(
        key,
        k ->
            Timer.builder(k.get(0))
                .description(describe(k.get(0)))
                .tags("flow", k.get(1), "channel", k.get(2), last, k.get(3))
                .serviceLevelObjectives(buckets)
                .register(registry));
  }

  private Counter calls(List<String> k) {
    return tagged(k, "flow", "channel", "outcome");
  }

  /** A counter named by the key's first value, tagged with the rest under these names. */
  private Counter tagged(List<String> key, String... names) {
    Counter.Builder b = Counter.builder(key.get(0)).description(describe(key.get(0)));
    for (int i = 1; i < key.size(); i++) {
      b.tag(names[i - 1], key.get(i));
    }
    return b.register(registry);
  }

  private static String describe(String name) {
    return switch (name) {
      case STARTED -> "Calls started, by line and channel";
      case CALLS -> "Calls ended, by line, channel and outcome";
      case NODE_VISITS -> "Times callers entered a node";
      case REPROMPTS -> "Prompts said again after silence (no-input) or no match (no-match)";
      case ESCAPES -> "Global escapes used (agent, repeat)";
      case FALLBACKS -> "Times a retry limit sent the caller to the fallback";
      case DURATION -> "How long calls lasted";
      case TIME_TO_AGENT -> "How long transferred calls took to reach the transfer";
      default -> name;
    };
  }

  private static Duration[] seconds(long... values) {
    Duration[] d = new Duration[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = Duration.ofSeconds(values[i]);
    }
    return d;
  }
}
