package org.ivrpractice.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Engine.step} on three turns of a card-services call: a menu choice (1 for English at the
 * language menu), a collect (the 15-digit card number, which also runs the lookup and the says up
 * to the next menu) and a transfer (0 for an agent at the main menu). Sampled, so the median is
 * read from the percentiles; the flows folder is {@code -Dbench.flows} (default {@code ivr-flows}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx512m"})
public class EngineStepBenchmark {

  /** The practice card of the lost-card call (Green tier: the ordinary agent queue). */
  static final String CARD = "378282246310005";

  /** The revision a call record names: as long as a real one (12 hex digits of the sources' hash). */
  static final String REVISION = "8232cb270f68";

  private final Engine engine = new Engine();
  private Flow flow;
  private CallState atLanguage;
  private CallState atCardNumber;
  private CallState atMainMenu;
  private final Input english = Input.digits("1");
  private final Input card = Input.digits(CARD);
  private final Input agent = Input.digits("0");

  @Setup
  public void setUp() {
    flow = cardServices(System.getProperty("bench.flows", "ivr-flows"));
    atLanguage = engine.start(flow, null, 42).state();
    atMainMenu = engine.step(flow, atLanguage, english).state();
    atCardNumber = engine.step(flow, atMainMenu, Input.digits("1")).state();
    expect(atLanguage, "language");
    expect(atMainMenu, "main-menu");
    expect(atCardNumber, "card-number");
    expect(engine.step(flow, atCardNumber, card).state(), "delivery-menu");
    if (!engine.step(flow, atMainMenu, agent).turn().ended()) {
      throw new IllegalStateException("0 at the main menu did not transfer");
    }
  }

  @Benchmark
  public Step menuTurn() {
    return engine.step(flow, atLanguage, english);
  }

  @Benchmark
  public Step collectTurn() {
    return engine.step(flow, atCardNumber, card);
  }

  @Benchmark
  public Step transferTurn() {
    return engine.step(flow, atMainMenu, agent);
  }

  static Flow cardServices(String flowsDir) {
    LoadResult loaded = FlowLoader.load(List.of(Path.of(flowsDir)));
    if (!loaded.ok()) {
      throw new IllegalStateException("the flows in " + flowsDir + " have problems");
    }
    return loaded.flow("card-services");
  }

  private static void expect(CallState state, String node) {
    if (!state.node().equals(node)) {
      throw new IllegalStateException("expected the call at " + node + ", not " + state.node());
    }
  }
}
