package org.ivrpractice.testing;

import org.ivrpractice.flow.Outcome;
import org.ivrpractice.flow.Position;

/**
 * One step of a scenario: something the caller does ({@code press}, {@code say}, {@code silence},
 * {@code hangup}) or something the call must show ({@code hear}, {@code at}, {@code end}). Code
 * that treats each kind differently does so through {@link Visitor}, in one place.
 */
public sealed interface ScenarioStep
    permits ScenarioStep.Press,
        ScenarioStep.Say,
        ScenarioStep.Silence,
        ScenarioStep.HangUp,
        ScenarioStep.Hear,
        ScenarioStep.At,
        ScenarioStep.End {

  /** Where the step is written. */
  Position position();

  /** The step as it is written in a scenario file, for reports: {@code hear: "goodbye"}. */
  String describe();

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of step. */
  interface Visitor<R> {
    R visit(Press step);

    R visit(Say step);

    R visit(Silence step);

    R visit(HangUp step);

    R visit(Hear step);

    R visit(At step);

    R visit(End step);
  }

  /** The caller presses keys (0-9, * and #). */
  record Press(String keys, Position position) implements ScenarioStep {
    public String describe() {
      return "press: " + keys;
    }

    public <R> R accept(Visitor<R> v) {
      return v.visit(this);
    }
  }

  /** The caller says something (typed words stand for speech). */
  record Say(String words, Position position) implements ScenarioStep {
    public String describe() {
      return "say: \"" + words + "\"";
    }

    public <R> R accept(Visitor<R> v) {
      return v.visit(this);
    }
  }

  /** The caller says nothing until the timeout. */
  record Silence(Position position) implements ScenarioStep {
    public String describe() {
      return "silence";
    }

    public <R> R accept(Visitor<R> v) {
      return v.visit(this);
    }
  }

  /** The caller hangs up. */
  record HangUp(Position position) implements ScenarioStep {
    public String describe() {
      return "hangup";
    }

    public <R> R accept(Visitor<R> v) {
      return v.visit(this);
    }
  }

  /** The prompts of the last turn contain this text (case and spacing ignored). */
  record Hear(String text, Position position) implements ScenarioStep {
    public String describe() {
      return "hear: \"" + text + "\"";
    }

    public <R> R accept(Visitor<R> v) {
      return v.visit(this);
    }
  }

  /**
   * The call is now at this node: {@code node} for the scenario's flow, {@code flow/node} for a
   * sub-flow's node.
   */
  record At(String node, Position position) implements ScenarioStep {
    public String describe() {
      return "at: " + node;
    }

    public <R> R accept(Visitor<R> v) {
      return v.visit(this);
    }
  }

  /**
   * The call has ended this way.
   *
   * @param queue for a transfer, the queue it must reach, or null for any queue
   */
  record End(Outcome outcome, String queue, Position position) implements ScenarioStep {
    public String describe() {
      return "end: " + how();
    }

    /** {@code self-served}, {@code transferred to agents}. */
    public String how() {
      return queue == null ? outcome.yamlName() : outcome.yamlName() + " to " + queue;
    }

    public <R> R accept(Visitor<R> v) {
      return v.visit(this);
    }
  }
}
