package org.ivrpractice.engine;

import java.util.ArrayList;
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
    List<Node.Option> menuOptions = menu.options();
    List<String> labels = new ArrayList<>(menuOptions.size());
    List<Choice> options = new ArrayList<>(menuOptions.size());
    for (Node.Option option : menuOptions) {
      String label =
          option.label() == null
              ? null
              : PromptRenderer.render(option.label(), call.locale(), call.variables, call.digests);
      labels.add(label);
      options.add(new Choice(option.digit(), List.copyOf(option.synonyms()), label));
    }
    call.say(PromptRenderer.menuPrompt(menu, labels, call.locale(), call.variables, call.digests));
    call.await(
        new Awaiting.MenuChoice(
            List.copyOf(options),
            choices(activeEscapes(call.topFlow, menu.input())),
            menu.input().timeoutSeconds()));
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
    List<Escape> all = topFlow.escapes();
    List<Escape> kept = new ArrayList<>(all.size());
    for (Escape escape : all) {
      if (input.escapes().contains(escape.name())) {
        kept.add(escape);
      }
    }
    return kept;
  }

  private static List<Choice> choices(List<Escape> escapes) {
    return escapes.stream()
        .map(e -> new Choice(e.digit(), List.copyOf(e.synonyms()), e.name()))
        .toList();
  }
}
