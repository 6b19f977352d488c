package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.practice.CallRecorder;
import org.ivrpractice.practice.MissionRoutes;
import org.ivrpractice.practice.PracticeCall;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The in-memory store keeps call records as objects; a store in another process keeps their JSON.
 * So that both give back the same call, every state the bundled lines reach (walked from the start
 * with keys, the practice card numbers, silence and a few words, a few thousand states per line)
 * must come back from {@link CallRecordCodec} equal to itself: as a Twilio call's record, and as a
 * browser call's, with the practice record (transcript, path, tally) of the walk that reached it.
 */
class CallRecordCodecRoundTripTest {

  private static final int MAX_STATES = 4_000;

  private final CallRecordCodec codec = new CallRecordCodec(new ObjectMapper());
  private final CallRecorder recorder = new CallRecorder(new MissionRoutes());
  private final Engine engine = new Engine();

  @TestFactory
  Stream<DynamicTest> everyReachableStateOfEveryLineSurvivesJson() {
    LoadResult loaded = FlowLoader.load(List.of(Path.of("ivr-flows")));
    assertTrue(loaded.ok(), "the bundled flows load");
    return loaded.flows().values().stream()
        .filter(flow -> !flow.isSubflow())
        .map(flow -> DynamicTest.dynamicTest(flow.id(), () -> roundTrips(flow, moves(loaded))));
  }

  private void roundTrips(Flow flow, List<Input> moves) {
    Map<CallState, PracticeCall> seen = new HashMap<>();
    Map<CallState, CallTrace> traces = new HashMap<>();
    Deque<CallState> todo = new ArrayDeque<>();
    Step first = engine.start(flow, null, 7);
    CallState start = first.state();
    seen.put(start, recorder.started(flow, null, first));
    traces.put(
        start, CallTrace.started("twilio", "en-US", null, 1_700_000_000_000L, first.turn(), null));
    todo.add(start);
    int sensitive = 0;
    while (!todo.isEmpty() && seen.size() < MAX_STATES) {
      CallState state = todo.poll();
      PracticeCall practice = seen.get(state);
      CallTrace trace = traces.get(state);
      for (boolean sensitiveInput : new boolean[] {false, true}) {
        for (CallRecord call :
            List.of(
                CallRecord.twilio("0123456789ab", state, sensitiveInput),
                CallRecord.twilio("0123456789ab", state, sensitiveInput).withTrace(trace),
                CallRecord.browser("ba9876543210-draft", state, sensitiveInput, practice)
                    .withTrace(trace))) {
          assertEquals(
              call,
              codec.read(codec.write(call)).orElseThrow(),
              () ->
                  flow.id()
                      + ": the "
                      + call.channel()
                      + " call at "
                      + state.node()
                      + " did not survive JSON");
        }
      }
      if (!state.digests().isEmpty()) {
        sensitive++;
      }
      for (Input move : moves) {
        Step next = engine.step(flow, state, move);
        if (!next.state().ended() && !seen.containsKey(next.state())) {
          seen.put(next.state(), recorder.after(practice, flow, null, move, next));
          traces.put(next.state(), trace.after(move, next.turn(), null));
          todo.add(next.state());
        }
      }
    }
    assertTrue(seen.size() > 1, flow.id() + " reached only its first state");
    if (flow.id().equals("card-services")) {
      assertTrue(seen.size() > 100, "card-services reached only " + seen.size() + " states");
      assertTrue(sensitive > 0, "some states hold a masked card number and its digest");
    }
  }

  /** Every key, each practice card number then #, silence, and the words most callers say. */
  private static List<Input> moves(LoadResult loaded) {
    List<Input> moves = new ArrayList<>();
    for (String key : "0123456789*#".split("")) {
      moves.add(Input.digits(key));
    }
    loaded.flows().values().stream()
        .flatMap(flow -> flow.data().tables().getOrDefault("cards", List.of()).stream())
        .map(card -> card.get("number"))
        .filter(number -> number != null)
        .distinct()
        .forEach(number -> moves.add(Input.digits(number + "#")));
    moves.add(Input.silence());
    Stream.of("agent", "repeat", "lost card", "español").map(Input::speech).forEach(moves::add);
    return moves;
  }
}
