package org.ivrpractice.practice;

import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Outcome;

/** What a practice mission asks the caller to reach. */
public sealed interface MissionGoal
    permits MissionGoal.ReachNode, MissionGoal.TransferredTo, MissionGoal.SelfServed {

  /** True when this turn reaches the goal. */
  boolean reachedBy(Turn turn);

  /** The goal as written in a missions file: {@code node: lost-card/read-ref}. */
  String describe();

  /**
   * The goal in people's words, for a mission that says no {@code done:} ({@code you are
   * transferred to Customer care.}).
   */
  String sentence(Flow line, String locale);

  /**
   * The call passes through a node ({@code flow/node}; a node of the line itself may omit the
   * flow).
   */
  record ReachNode(String flowId, String nodeId) implements MissionGoal {
    @Override
    public boolean reachedBy(Turn turn) {
      return turn.events().stream()
          .anyMatch(
              e ->
                  e.kind() == Event.Kind.ENTERED
                      && flowId.equals(e.flowId())
                      && nodeId.equals(e.nodeId()));
    }

    @Override
    public String describe() {
      return "node: " + flowId + "/" + nodeId;
    }

    @Override
    public String sentence(Flow line, String locale) {
      return GoalSentence.reached(flowId, nodeId, line, locale);
    }
  }

  /** The call is transferred to a queue. */
  record TransferredTo(String queue) implements MissionGoal {
    @Override
    public boolean reachedBy(Turn turn) {
      return turn.ending() != null
          && turn.ending().outcome() == Outcome.TRANSFERRED
          && queue.equals(turn.ending().queue());
    }

    @Override
    public String describe() {
      return "end: transferred to " + queue;
    }

    @Override
    public String sentence(Flow line, String locale) {
      return GoalSentence.transferredTo(queue, line, locale);
    }
  }

  /** The line says goodbye with the caller's need met. */
  record SelfServed() implements MissionGoal {
    @Override
    public boolean reachedBy(Turn turn) {
      return turn.ending() != null && turn.ending().outcome() == Outcome.SELF_SERVED;
    }

    @Override
    public String describe() {
      return "end: self-served";
    }

    @Override
    public String sentence(Flow line, String locale) {
      return GoalSentence.selfServed();
    }
  }
}
