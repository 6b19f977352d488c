package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;

/** A call driven through the engine by a test, one input at a time. */
final class TestCall {

  private static final Engine ENGINE = new Engine();

  private final Flow flow;
  private CallState state;
  private Turn turn;

  private TestCall(Flow flow, Step first) {
    this.flow = flow;
    this.state = first.state();
    this.turn = first.turn();
  }

  /** Loads flow {@code t} from the YAML of {@code t.yaml}; fails the test on any problem. */
  static Flow flow(String yaml) {
    return flows(Map.of("t.yaml", yaml), "t");
  }

  /** Loads several files and returns flow {@code id}; fails the test on any problem. */
  static Flow flows(Map<String, String> files, String id) {
    LoadResult result = FlowLoader.fromSources(files);
    assertTrue(result.ok(), () -> "the test flow has problems: " + result.problems());
    return result.flow(id);
  }

  static TestCall start(Flow flow) {
    return start(flow, null, 7L);
  }

  static TestCall start(Flow flow, String locale, long seed) {
    return new TestCall(flow, ENGINE.start(flow, locale, seed));
  }

  static TestCall start(String yaml) {
    return start(flow(yaml));
  }

  TestCall press(String digits) {
    return next(new Input.Digits(digits));
  }

  TestCall say(String words) {
    return next(new Input.Speech(words));
  }

  TestCall silence() {
    return next(new Input.Silence());
  }

  TestCall hangUp() {
    return next(new Input.HangUp());
  }

  TestCall next(Input input) {
    Step step = ENGINE.step(flow, state, input);
    state = step.state();
    turn = step.turn();
    return this;
  }

  CallState state() {
    return state;
  }

  Turn turn() {
    return turn;
  }

  /** Everything the caller heard in the last turn, prompts joined by " | ". */
  String heard() {
    return turn.prompts().stream().map(Prompt::text).collect(Collectors.joining(" | "));
  }

  /** The node the call is at now. */
  String at() {
    return turn.nodeId();
  }

  /** The events of the last turn as "KIND" or "KIND:detail". */
  List<String> events() {
    return turn.events().stream()
        .map(e -> e.detail() == null ? e.kind().name() : e.kind() + ":" + e.detail())
        .toList();
  }

  /** The events of the last turn other than node entries. */
  List<String> happenings() {
    return events().stream().filter(e -> !e.equals("ENTERED")).toList();
  }

  String variable(String name) {
    return state.variables().get(name);
  }
}
