package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * A gather that asks for one key, with the splits on its {@code Digits} and {@code SpeechResult},
 * written as a menu: each key that meets a condition is an option to that condition's widget, and
 * the words of the speech conditions are the spoken synonyms of the option going the same way.
 */
final class StudioMenu {

  /** An option being gathered: its key, where it goes, its words and the variables it sets. */
  private record Draft(String key, String target, Set<String> say, Map<String, String> set) {}

  private final StudioContext context;
  private final Widget gather;
  private final Map<String, Draft> options = new LinkedHashMap<>();
  private final List<String> spokenOnly = new ArrayList<>();

  StudioMenu(StudioContext context, Widget gather) {
    this.context = context;
    this.gather = gather;
  }

  void write() {
    Widget keys = split("keypress");
    Widget speech = split("speech");
    if (keys != null) {
      addKeys(keys);
    }
    if (speech != null) {
      addWords(speech);
    }
    List<String> kept = escapes();
    List<String> lines = new ArrayList<>();
    lines.add("type: menu");
    String prompt = prompt(lines);
    lines.add("options:");
    for (Draft d : options.values()) {
      lines.add("  - " + option(d, prompt == null));
    }
    if (options.isEmpty()) {
      context.problem(
          gather,
          gather.at(),
          gather.describe() + " has no key or spoken answer that goes anywhere",
          "add a split-based-on its Digits with a condition for each key");
    }
    if (!spokenOnly.isEmpty()) {
      lines.add(
          "lint: { ignore: [prompt-digit-mismatch], reason: "
              + FlowYaml.quote(
                  "In Studio, key "
                      + String.join(" and key ", spokenOnly)
                      + " was a spoken answer only; the import gave it the key.")
              + " }");
    }
    lines.add("escapes: " + (kept.isEmpty() ? "false" : "[" + String.join(", ", kept) + "]"));
    Widget noMatchSplit = keys != null ? keys : speech;
    lines.addAll(new StudioGathers(context).inputKeys(gather, noMatchSplit));
    context.out.node(gather.id(), StudioGathers.origin(gather), lines);
  }

  /** The gather's words as the menu's prompt (or, for a recording, its intro); null for none. */
  private String prompt(List<String> lines) {
    String said = context.text(gather, "say");
    String prompt = said == null || said.isBlank() ? null : said;
    if (prompt != null) {
      lines.add("prompt: " + FlowYaml.quote(prompt));
    } else if (context.prompt(gather) != null) {
      // a recording's words are unknown: the options' labels say the keys after it
      lines.add("intro: " + FlowYaml.quote(context.prompt(gather)));
    }
    return prompt;
  }

  /** Takes out the options that are our global escapes, and names the escapes this menu keeps. */
  private List<String> escapes() {
    List<String> kept = new ArrayList<>();
    Draft star = options.get("*");
    if (star != null && star.target().equals(gather.id()) && star.set().isEmpty()) {
      options.remove("*");
      context.repeatUsed = true;
      context.repeatWords.addAll(star.say());
      kept.add("repeat");
    }
    Draft zero = options.get("0");
    if (zero != null && zero.set().isEmpty() && context.isPerson(zero.target())) {
      if (context.agentTarget == null) {
        context.agentTarget = zero.target();
      }
      if (context.agentTarget.equals(zero.target())) {
        options.remove("0");
        context.agentWords.addAll(zero.say());
        kept.add(0, "agent");
      }
    }
    return kept;
  }

  private Widget split(String event) {
    String next = gather.next(event);
    return next != null && gather.name().equals(context.takenSplits.get(next))
        ? context.widget(next)
        : null;
  }

  private void addKeys(Widget split) {
    for (Transition t : split.transitions()) {
      if (t.event().equals("noMatch")) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>(StudioConditions.KEYS);
      for (JNode c : t.conditions()) {
        if (c instanceof JObject o) {
          keys.retainAll(StudioConditions.keys(o, m -> trouble(split, o, m)));
        }
      }
      Map<String, String> set = new LinkedHashMap<>();
      String target = context.target(split, t.next(), t.at(), set);
      for (String key : keys) {
        options.putIfAbsent(key, new Draft(key, target, new LinkedHashSet<>(), set));
      }
    }
  }

  /**
   * Each spoken answer joins the option its words go the same way as; of several keys going that
   * way (an option's and the agent's, both to an agent), the first that has no words yet, so the
   * keys and the words pair up in their order.
   */
  private void addWords(Widget split) {
    Set<Draft> worded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Transition t : split.transitions()) {
      if (t.event().equals("noMatch")) {
        continue;
      }
      Set<String> words = new LinkedHashSet<>();
      for (JNode c : t.conditions()) {
        if (c instanceof JObject o) {
          words.addAll(StudioConditions.phrases(o, m -> trouble(split, o, m)));
        }
      }
      Map<String, String> set = new LinkedHashMap<>();
      String target = context.target(split, t.next(), t.at(), set);
      List<Draft> same =
          options.values().stream()
              .filter(d -> d.target().equals(target) && d.set().equals(set))
              .toList();
      Draft to =
          same.stream()
              .filter(d -> !worded.contains(d))
              .findFirst()
              .orElse(same.isEmpty() ? newSpokenOption(split, t, target, set) : same.get(0));
      if (to != null) {
        to.say().addAll(words);
        worded.add(to);
      }
    }
  }

  /** A spoken answer no key leads to the same way gets a free key, so that a menu can offer it. */
  private Draft newSpokenOption(
      Widget split, Transition t, String target, Map<String, String> set) {
    String free =
        StudioConditions.KEYS.stream()
            .filter(k -> !options.containsKey(k) && k.matches("[1-9]"))
            .findFirst()
            .orElse(null);
    if (free == null) {
      context.problem(
          split, t.at(), split.describe() + ": no key is left for a spoken answer", null);
      return null;
    }
    Draft d = new Draft(free, target, new LinkedHashSet<>(), set);
    options.put(free, d);
    spokenOnly.add(free);
    context.trap(
        "studio-spoken-only",
        split,
        t.at(),
        split.describe()
            + " has a spoken answer to '"
            + target
            + "' that no key leads to: the"
            + " import gives it key "
            + free,
        "say the key in the prompt, or add a keypress condition for it in Studio");
    return d;
  }

  private String option(Draft d, boolean labelled) {
    StringBuilder out = new StringBuilder("{ digit: \"").append(d.key()).append('"');
    if (labelled) {
      out.append(", label: ").append(FlowYaml.quote(d.target().replaceAll("[-_]+", " ")));
    }
    if (!d.say().isEmpty()) {
      out.append(", say: [")
          .append(String.join(", ", d.say().stream().map(FlowYaml::quote).toList()))
          .append(']');
    }
    if (!d.set().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      d.set()
          .forEach((k, v) -> pairs.add(StudioVariables.variableName(k) + ": " + FlowYaml.quote(v)));
      out.append(", set: { ").append(String.join(", ", pairs)).append(" }");
    }
    return out.append(", goto: ").append(d.target()).append(" }").toString();
  }

  private void trouble(Widget split, JObject condition, String message) {
    context.problem(
        split,
        condition.at(),
        split.describe() + " " + message,
        "use equal_to, matches_any_of, contains, starts_with or a number comparison");
  }
}
