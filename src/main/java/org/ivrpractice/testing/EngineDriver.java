package org.ivrpractice.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.engine.SavedRecords;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;

/** Places scripted calls straight on the {@link Engine}, with no channel in between. */
public final class EngineDriver implements CallDriver {

  // Cases the run's calls save are found by its later calls, as a caller ringing back finds them.
  private final Engine engine = new Engine(SavedRecords.inMemory());
  private final Map<String, Flow> flows;
  private final Consumer<Turn> turns;
  private final CallObserver observer;
  private Flow flow;
  private CallState state;
  private CallObserver.Call call;

  /**
   * @param flows the flows calls may start in, by id (sub-flows linked)
   */
  public EngineDriver(Map<String, Flow> flows) {
    this(flows, turn -> {});
  }

  /**
   * @param flows the flows calls may start in, by id (sub-flows linked)
   * @param turns is told every turn of every call, with its events (for coverage); it only watches
   */
  public EngineDriver(Map<String, Flow> flows, Consumer<Turn> turns) {
    this(flows, turns, CallObserver.NONE);
  }

  /**
   * @param flows the flows calls may start in, by id (sub-flows linked)
   * @param turns is told every turn of every call, with its events (for coverage); it only watches
   * @param observer is told of each call, its inputs and turns (to record them); it only watches
   */
  public EngineDriver(Map<String, Flow> flows, Consumer<Turn> turns, CallObserver observer) {
    this.flows = Map.copyOf(flows);
    this.turns = turns;
    this.observer = observer;
  }

  @Override
  public CallView start(String flowId, String locale, long seed) {
    Flow started = flows.get(flowId);
    if (started == null) {
      throw new IllegalArgumentException("no flow " + flowId + "; there are " + flows.keySet());
    }
    flow = started;
    Step step = engine.start(flow, locale, seed);
    call = observer.started(flow, step.state().locale(), step.turn());
    return view(step);
  }

  @Override
  public CallView send(Input input) {
    if (state == null) {
      throw new IllegalStateException("no call is under way: start one first");
    }
    Step step = engine.step(flow, state, input);
    call.took(input, step.turn());
    return view(step);
  }

  private CallView view(Step step) {
    state = step.state();
    Turn turn = step.turn();
    turns.accept(turn);
    List<String> prompts = turn.prompts().stream().map(Prompt::text).toList();
    String node =
        turn.flowId().equals(flow.id()) ? turn.nodeId() : turn.flowId() + "/" + turn.nodeId();
    CallView.Ended ending =
        turn.ending() == null
            ? null
            : new CallView.Ended(turn.ending().outcome(), turn.ending().queue());
    boolean sensitive = turn.awaiting() instanceof Awaiting.DigitEntry entry && entry.sensitive();
    return new CallView(prompts, node, ending, sensitive);
  }
}
