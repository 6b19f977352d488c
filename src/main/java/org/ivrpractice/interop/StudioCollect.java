package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * A Studio gather that asks for several digits, written as a collect: its length and finish key,
 * the {@code ivr-check} it goes on to (the check export studio writes), the escapes its split on
 * what callers say keeps, and its timeout, retries and fallback.
 */
final class StudioCollect {

  private final StudioContext context;
  private final StudioGathers gathers;
  private final Widget g;

  StudioCollect(StudioContext context, StudioGathers gathers, Widget g) {
    this.context = context;
    this.gathers = gathers;
    this.g = g;
  }

  void write() {
    List<String> lines = new ArrayList<>();
    lines.add("type: collect");
    String prompt = context.prompt(g);
    lines.add("prompt: " + FlowYaml.quote(prompt == null ? "(no prompt in Studio)" : prompt));
    Widget check = checkOf(g);
    lengthAndKeys(check, lines);
    lines.add("into: " + StudioVariables.digitsOf(g));
    Widget speech = speechSplit(g);
    List<String> escapes = speech == null ? List.of() : escapes(g, speech);
    lines.add("escapes: " + (escapes.isEmpty() ? "false" : "[" + String.join(", ", escapes) + "]"));
    lines.add("next: " + context.target(g, "keypress"));
    // where a no-match goes: a failed check, a split on the digits, else one on what was said
    Widget keys = context.widget(String.valueOf(g.next("keypress")));
    boolean split = keys != null && keys.type().equals("split-based-on");
    lines.addAll(gathers.inputKeys(g, check != null ? check : split ? keys : speech));
    if (speech != null && !onlyEscapes(g, speech)) {
      speechDropped(speech);
    }
    context.out.node(g.id(), StudioGathers.origin(g), lines);
  }

  /** The collect's length (or its check's), its check and its finish key. */
  private void lengthAndKeys(Widget check, List<String> lines) {
    Integer digits = StudioGathers.number(g.property("number_of_digits"));
    List<String> checked = check == null ? List.of() : StudioOwnFunctions.checkOf(check);
    if (checked.isEmpty() || !checked.get(0).startsWith("length: ")) {
      lines.add("length: " + (digits == null ? "\"1-20\"" : Math.min(digits, 30)));
    }
    lines.addAll(checked);
    String finish = g.property("finish_on_key");
    if (finish == null && digits == null) {
      finish = "#";
    }
    if (finish != null && finish.matches("[*#]")) {
      lines.add("finishKey: \"" + finish + "\"");
    }
  }

  private void speechDropped(Widget speech) {
    context.trap(
        "studio-speech-dropped",
        speech,
        speech.at(),
        speech.describe()
            + " reads what callers say to '"
            + g.name()
            + "', which asks for"
            + " several digits: spoken digits are kept, the other spoken answers are not",
        "ask for the spoken choice in a menu of its own");
  }

  /** The {@code ivr-check} the gather's keypress goes to, or null. */
  private Widget checkOf(Widget g) {
    Widget next = context.widget(String.valueOf(g.next("keypress")));
    return next != null
            && next.type().equals("run-function")
            && StudioFunctions.CHECK.equals(StudioOwnFunctions.function(next))
        ? next
        : null;
  }

  /**
   * The global escapes a collect's split on what callers say keeps: words back to the gather are
   * repeat, words to a person the agent (as a menu's {@code *} and {@code 0}).
   */
  private List<String> escapes(Widget g, Widget speech) {
    List<String> kept = new ArrayList<>();
    for (Transition t : speech.transitions()) {
      List<String> words = words(t);
      if (words.isEmpty()) {
        continue;
      }
      if (g.name().equals(t.next())) {
        context.repeatUsed = true;
        context.repeatWords.addAll(words);
        kept.add("repeat");
      } else if (agent(context.target(speech, t.next(), t.at(), null))) {
        context.agentWords.addAll(words);
        kept.add(0, "agent");
      }
    }
    return kept;
  }

  private boolean agent(String target) {
    if (context.agentTarget == null && context.isPerson(target)) {
      context.agentTarget = target;
    }
    return target.equals(context.agentTarget);
  }

  private boolean onlyEscapes(Widget g, Widget speech) {
    return speech.transitions().stream()
        .filter(t -> !t.event().equals("noMatch"))
        .allMatch(
            t ->
                g.name().equals(t.next())
                    || Objects.equals(
                        context.agentTarget, context.target(speech, t.next(), t.at(), null)));
  }

  /** The words of a {@code matches_any_of} condition of a transition. */
  private static List<String> words(Transition t) {
    List<String> out = new ArrayList<>();
    for (JNode c : t.conditions()) {
      if (c instanceof JObject o && "matches_any_of".equals(o.text("type"))) {
        for (String w : String.valueOf(o.text("value")).split(",")) {
          out.add(w.strip());
        }
      }
    }
    return out;
  }

  private Widget speechSplit(Widget g) {
    for (var e : context.takenSplits.entrySet()) {
      if (e.getValue().equals(g.name())) {
        return context.widget(e.getKey());
      }
    }
    return null;
  }
}
