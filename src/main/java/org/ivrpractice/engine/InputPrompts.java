package org.ivrpractice.engine;

import java.util.List;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.InputSettings;
import org.ivrpractice.flow.Node;

/**
 * What a node that waits for the caller says and offers: its prompt, and the {@link Awaiting} that
 * lists the keys and words it answers to.
 */
final class InputPrompts {

  private InputPrompts() {}

  /** Says the menu's prompt and waits for a choice. */
  static void offerMenu(CallProgress call, Node.Menu menu) {
    call.say(PromptRenderer.menuPrompt(menu, call.locale(), call.variables, call.digests));
    List<Choice> options = menu.options().stream().map(o -> optionChoice(call, o)).toList();
    call.await(
        new Awaiting.MenuChoice(
            options,
            choices(activeEscapes(call.topFlow, menu.input())),
            menu.input().timeoutSeconds()));
  }

  private static Choice optionChoice(CallProgress call, Node.Option option) {
    String label =
        option.label() == null
            ? null
            : PromptRenderer.render(option.label(), call.locale(), call.variables, call.digests);
    return new Choice(option.digit(), List.copyOf(option.synonyms()), label);
  }

  /** Says the collect's prompt and waits for digits. */
  static void offerCollect(CallProgress call, Node.Collect collect) {
    call.say(collect.prompt());
    call.await(
        new Awaiting.DigitEntry(
            collect.minLength(),
            collect.maxLength(),
            collect.finishKey(),
            collect.sensitive(),
            choices(activeEscapes(call.topFlow, collect.input())),
            collect.input().timeoutSeconds()));
  }

  /** The top-level flow's escapes that this node keeps, in the flow's order. */
  static List<Escape> activeEscapes(Flow topFlow, InputSettings input) {
    return topFlow.escapes().stream().filter(e -> input.escapes().contains(e.name())).toList();
  }

  private static List<Choice> choices(List<Escape> escapes) {
    return escapes.stream()
        .map(e -> new Choice(e.digit(), List.copyOf(e.synonyms()), e.name()))
        .toList();
  }
}
