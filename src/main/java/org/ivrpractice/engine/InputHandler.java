package org.ivrpractice.engine;

import java.util.List;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.InputSettings;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.flow.Text;
import org.ivrpractice.flow.WaitingVisitor;

/**
 * Handles what the caller did at the node the call waits at: a choice, an escape, collected digits,
 * or a no-input / no-match that re-prompts until the retries run out and the fallback takes over.
 */
final class InputHandler implements InputVisitor<Void> {

  private final CallProgress call;

  private InputHandler(CallProgress call) {
    this.call = call;
  }

  static void handle(CallProgress call, Input input) {
    input.accept(new InputHandler(call));
  }

  @Override
  public Void visit(Input.HangUp input) {
    call.end(Ending.of(Outcome.ABANDONED)); // wherever the call is, waiting or not
    return null;
  }

  @Override
  public Void visit(Input.Silence input) {
    Retries.noInput(call, waitingNode().input());
    return null;
  }

  @Override
  public Void visit(Input.Digits input) {
    return waitingNode().accept(new Answering(input.digits(), false));
  }

  @Override
  public Void visit(Input.Speech input) {
    return waitingNode().accept(new Answering(input.text(), true));
  }

  private Node.Waiting waitingNode() {
    if (call.node() instanceof Node.Waiting waiting) {
      return waiting;
    }
    throw new IllegalStateException(
        "the call is at "
            + call.node().id()
            + " in flow "
            + call.flow().id()
            + ", which does not wait for input");
  }

  /** Reads the keys pressed or the words said at the node, and goes where they lead. */
  private final class Answering implements WaitingVisitor<Void> {
    private final String entry;
    private final boolean spoken;

    Answering(String entry, boolean spoken) {
      this.entry = entry;
      this.spoken = spoken;
    }

    @Override
    public Void visit(Node.Menu menu) {
      List<Escape> escapes = InputPrompts.activeEscapes(call.topFlow, menu.input());
      Answer answer =
          spoken
              ? MenuAnswers.fromSpeech(menu, escapes, entry)
              : MenuAnswers.fromDigits(menu, escapes, entry);
      if (answer.escape() != null) {
        escape(answer.escape());
      } else if (answer.option() != null) {
        choose(answer.option());
      } else {
        Retries.noMatch(call, menu.input(), menu.input().noMatch());
      }
      return null;
    }

    @Override
    public Void visit(Node.Collect collect) {
      List<Escape> escapes = InputPrompts.activeEscapes(call.topFlow, collect.input());
      Answer answer =
          spoken
              ? CollectAnswers.fromSpeech(collect, escapes, entry)
              : CollectAnswers.fromDigits(collect, escapes, entry);
      if (answer.escape() != null) {
        escape(answer.escape());
      } else if (answer.digits() != null) {
        accept(collect, answer.digits());
      } else {
        Text invalid = collect.invalid() != null ? collect.invalid() : collect.input().noMatch();
        Retries.noMatch(call, collect.input(), invalid);
      }
      return null;
    }
  }

  private void choose(Node.Option option) {
    call.event(Event.Kind.OPTION, option.digit());
    option.set().forEach(call::set);
    NodeRunner.runFrom(call, option.target());
  }

  private void accept(Node.Collect collect, String digits) {
    call.event(Event.Kind.COLLECTED, null);
    // Digits that could be a card number are kept like a sensitive entry's, wherever they are
    // collected: masked, with their digest for lookups, never in clear in the call's state.
    if (collect.sensitive() || SensitiveDigits.holdsCardLikeNumber(digits)) {
      call.setSensitive(collect.into(), digits);
    } else {
      call.set(collect.into(), digits);
    }
    NodeRunner.runFrom(call, collect.next());
  }

  private void escape(Escape escape) {
    call.event(Event.Kind.ESCAPE, escape.name());
    if (escape.isRepeat()) {
      NodeRunner.prompt(call);
    } else {
      call.returnToTopFlow();
      NodeRunner.runFrom(call, escape.target());
    }
  }

  /** Counts silences and unmatched inputs, and hands over to the fallback past the limit. */
  private static final class Retries {

    static void noInput(CallProgress call, InputSettings settings) {
      call.noInputs++;
      call.event(Event.Kind.NO_INPUT, String.valueOf(call.noInputs));
      retryOrFallBack(call, settings, call.noInputs, "no-input", settings.noInput());
    }

    static void noMatch(CallProgress call, InputSettings settings, Text message) {
      call.noMatches++;
      call.event(Event.Kind.NO_MATCH, String.valueOf(call.noMatches));
      retryOrFallBack(call, settings, call.noMatches, "no-match", message);
    }

    private static void retryOrFallBack(
        CallProgress call, InputSettings settings, int count, String kind, Text message) {
      if (count <= settings.retries()) {
        call.say(message);
        NodeRunner.prompt(call);
        return;
      }
      call.event(Event.Kind.FALLBACK, kind);
      call.say(message);
      if (settings.fallback() != null) {
        NodeRunner.runFrom(call, settings.fallback());
        return;
      }
      Escape agent = call.topFlow.escape(Escape.AGENT);
      if (agent != null && agent.target() != null) {
        call.returnToTopFlow();
        NodeRunner.runFrom(call, agent.target());
      } else {
        call.end(Ending.of(Outcome.HUNG_UP));
      }
    }
  }
}
