package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * Studio's {@code gather-input-on-call} widgets, with the {@code split-based-on} widgets that read
 * their {@code Digits} and {@code SpeechResult}: a one-key answer becomes a menu (keys and spoken
 * words as its options), a longer one a collect whose split becomes a branch.
 */
final class StudioGathers {

  private final StudioContext context;

  StudioGathers(StudioContext context) {
    this.context = context;
  }

  /** Decides, before any node is written, which gathers are menus and which splits they take. */
  static void plan(StudioContext context) {
    for (Widget g : context.studio.widgets().values()) {
      if (!g.type().equals("gather-input-on-call")) {
        continue;
      }
      Widget keys = splitOn(context, g, "keypress", "Digits");
      Widget speech = splitOn(context, g, "speech", "SpeechResult");
      Integer digits = number(g.property("number_of_digits"));
      boolean keysGoStraight = keys == null && g.next("keypress") != null;
      boolean menu =
          !keysGoStraight
              && (Objects.equals(digits, 1) || (digits == null && (keys == null || oneKey(keys))));
      if (speech != null) {
        context.takenSplits.put(speech.name(), g.name());
      }
      if (menu) {
        context.menus.add(g.name());
        if (keys != null) {
          context.takenSplits.put(keys.name(), g.name());
        }
      } else {
        context.collects.put(g.name(), digits == null ? 4 : Math.min(digits, 30));
      }
    }
  }

  /** The split an event of the gather goes to, when it reads the gather's field. */
  private static Widget splitOn(StudioContext context, Widget g, String event, String field) {
    Widget next = g.next(event) == null ? null : context.widget(g.next(event));
    if (next == null || !next.type().equals("split-based-on")) {
      return null;
    }
    String input = String.valueOf(next.property("input")).replace(" ", "");
    return input.contains("widgets." + g.name().replace(" ", "") + "." + field) ? next : null;
  }

  /** True when every condition of the split compares with single keys. */
  private static boolean oneKey(Widget split) {
    for (Transition t : split.transitions()) {
      for (JNode c : t.conditions()) {
        String value = c instanceof JObject o ? String.valueOf(o.text("value")).strip() : "";
        if (!value.matches("[0-9*#](\\s*,\\s*[0-9*#])*")) {
          return false;
        }
      }
    }
    return true;
  }

  void convert(Widget g) {
    if (context.menus.contains(g.name())) {
      new StudioMenu(context, g).write();
    } else {
      new StudioCollect(context, this, g).write();
    }
  }

  /**
   * The timeout, retries and fallback of a menu or collect: Studio's timeout and no-match go where
   * their transitions say; one back to the gather itself is a re-prompt, and our counters end it.
   */
  List<String> inputKeys(Widget g, Widget split) {
    List<String> lines = new ArrayList<>();
    Integer timeout = number(g.property("timeout"));
    if (timeout != null) {
      lines.add("timeout: " + Math.max(1, Math.min(60, timeout)));
    }
    Loop timeoutLoop = loopBack(g, g.next("timeout"));
    String noMatch =
        split == null ? null : split.next(split.type().equals("run-function") ? "fail" : "noMatch");
    Loop noMatchLoop = loopBack(g, noMatch);
    said("noInput", timeoutLoop, lines);
    said("noMatch", noMatchLoop, lines);
    Loop counted = timeoutLoop != null && timeoutLoop.over() != null ? timeoutLoop : noMatchLoop;
    if (counted != null && counted.over() != null) {
      if (counted.retries() != null) {
        lines.add("retries: " + Math.max(0, Math.min(9, counted.retries())));
      }
      lines.add(
          "fallback: "
              + context.target(
                  counted.overFrom(), counted.over().next(), counted.over().at(), null));
      return lines;
    }
    uncounted(g, split, noMatch, timeoutLoop != null, noMatchLoop != null, lines);
    return lines;
  }

  /**
   * A gather with no counter: a timeout back to itself is a trap (the import ends it after two
   * re-prompts), and the fallback is where its timeout or no-match goes on.
   */
  private void uncounted(
      Widget g,
      Widget split,
      String noMatch,
      boolean timeoutSelf,
      boolean noMatchSelf,
      List<String> lines) {
    if (timeoutSelf) {
      context.trap(
          "studio-endless-timeout",
          g,
          g.on("timeout").at(),
          g.describe()
              + "'s timeout goes back to itself with no counter: in Studio a silent"
              + " caller hears it again and again",
          "count the tries in a flow variable and go to an agent after two; the import gives it"
              + " two re-prompts, then its no-match route or an agent");
    }
    String fallback =
        !timeoutSelf
            ? context.target(g, "timeout")
            : noMatch != null && !noMatchSelf
                ? context.target(split, noMatch, split.on("noMatch").at(), null)
                : context.cutOff();
    if (!timeoutSelf && !noMatchSelf) {
      lines.add("retries: 0");
    }
    lines.add("fallback: " + fallback);
  }

  /**
   * The say-play widgets on the way from a gather's timeout or no-match back to the gather itself
   * (empty when it goes straight back), or null when it goes on elsewhere: such a way back is a
   * re-prompt, and what it says is the menu's no-input or no-match text.
   */
  private Loop loopBack(Widget g, String next) {
    List<Widget> said = new ArrayList<>();
    String name = next;
    Integer retries = null;
    Widget overFrom = null;
    Transition over = null;
    for (int steps = 0; name != null && steps < 12; steps++) {
      if (name.equals(g.name())) {
        return new Loop(said, retries, overFrom, over);
      }
      Widget w = context.widget(name);
      if (w == null) {
        return null;
      }
      if (w.type().equals("say-play")) {
        said.add(w);
        name = w.next("audioComplete");
      } else if (w.type().equals("set-variables")) {
        name = w.next("next");
      } else if (w.type().equals("split-based-on") && context.counterOf(w) != null) {
        over =
            w.transitions().stream()
                .filter(t -> t.event().equals("match"))
                .findFirst()
                .orElse(null);
        overFrom = w;
        retries = over == null ? null : limit(over);
        name = w.next("noMatch");
      } else {
        return null;
      }
    }
    return null;
  }

  /** The count past which a counter's split leaves the loop: its greater_than value. */
  private static Integer limit(Transition over) {
    for (JNode c : over.conditions()) {
      if (c instanceof JObject o && "greater_than".equals(o.text("type"))) {
        return number(o.text("value"));
      }
    }
    return null;
  }

  /**
   * A way from a gather's timeout or no-match back to itself: the say-play widgets on it, and, when
   * a counter ends it, the limit and the transition taken past it.
   */
  private record Loop(List<Widget> said, Integer retries, Widget overFrom, Transition over) {}

  private void said(String key, Loop loop, List<String> lines) {
    if (loop == null || loop.said().isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>();
    for (Widget w : loop.said()) {
      context.absorbed.add(w.name());
      String prompt = context.prompt(w);
      if (prompt != null && !prompt.isBlank()) {
        texts.add(prompt);
      }
    }
    if (!texts.isEmpty()) {
      lines.add(key + ": " + FlowYaml.quote(String.join(" ", texts)));
    }
  }

  static String origin(Widget w) {
    String comment = "Studio " + w.describe();
    JObject offset = w.properties().object("offset");
    if (offset != null) {
      comment += ", at x " + offset.text("x") + ", y " + offset.text("y") + " on the canvas";
    }
    return comment + ".";
  }

  static Integer number(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
