package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;
import org.ivrpractice.testing.lint.LintFinding;
import org.ivrpractice.testing.lint.Severity;

/**
 * What one Studio import knows and collects as it converts widgets: the flow read, the flow being
 * written, the problems and traps found, the practice data and the extra files it writes.
 */
final class StudioContext {

  /** The node a transition to nowhere becomes: Studio ends the call there without a word. */
  static final String CUT_OFF = "cut-off";

  final String file;
  final String flowId;
  final StudioFlow studio;
  final Problems problems;
  final List<LintFinding> traps = new ArrayList<>();
  final FlowYaml out;

  /** Gathers that became menus, and the splits each one took in (split name to gather name). */
  final Set<String> menus = new HashSet<>();

  final Map<String, String> takenSplits = new HashMap<>();

  /** Gathers that became collects, with the length a sample entry has. */
  final Map<String, Integer> collects = new HashMap<>();

  /** Widgets that became lookups (run-function, make-http-request). */
  final Set<String> lookups = new HashSet<>();

  /**
   * Flow variables that hold the answer of one of {@link StudioFunctions} (copied by the
   * set-variables after it), with the variable of ours each one is: {@code account__holder} is
   * {@code account.holder}.
   */
  final Map<String, String> answers = new HashMap<>();

  /** Flow variables that only count (set to 0, or to themselves plus one): our retries. */
  final Set<String> counters = new HashSet<>();

  /**
   * Keys every menu offers the same way, read back as our global escapes: {@code *} to the gather
   * itself is repeat; {@code 0} to a transfer is agent (its node is the first such target).
   */
  String agentTarget;

  final java.util.Set<String> agentWords = new java.util.LinkedHashSet<>();
  final java.util.Set<String> repeatWords = new java.util.LinkedHashSet<>();
  boolean repeatUsed;

  /** Say-play widgets that became a menu's no-input or no-match text. */
  final Set<String> absorbed = new HashSet<>();

  /** Flow variables: those options set, and those fixed at import. */
  final Set<String> optionVariables = new HashSet<>();

  final Map<String, String> fixedVariables = new HashMap<>();

  /** The locales the flow speaks, the first one first: more when its texts choose by locale. */
  final Set<String> locales = new java.util.LinkedHashSet<>();

  /** Practice data tables to write beside the flow, by name. */
  final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

  /** Other files to write beside the flow (stand-ins for sub-flows), by file name. */
  final Map<String, String> extraFiles = new LinkedHashMap<>();

  StudioContext(String file, String flowId, StudioFlow studio, Problems problems) {
    this.file = file;
    this.flowId = flowId;
    this.studio = studio;
    this.problems = problems;
    this.out = new FlowYaml(flowId);
  }

  Widget widget(String name) {
    return studio.widgets().get(name);
  }

  /** Reports what keeps a widget from being converted. */
  void problem(Widget w, Position at, String message, String fix) {
    problems.add(at, w == null ? null : w.id(), message, fix);
  }

  /** A trap a caller would fall into, found at a widget. */
  void trap(String rule, Widget w, Position at, String message, String fix) {
    traps.add(new LintFinding(rule, Severity.WARNING, at, w.id(), message, fix));
  }

  /** The node an event of a widget goes to; follows set-variables, which are not nodes. */
  String target(Widget from, String event) {
    Transition t = from.on(event);
    return target(from, t == null ? null : t.next(), t == null ? from.at() : t.at(), null);
  }

  /**
   * The node a transition goes to. A set-variables widget on the way is passed through; its literal
   * values go into {@code set} when given (a menu option's {@code set:}).
   */
  String target(Widget from, String next, Position at, Map<String, String> set) {
    Set<String> seen = new HashSet<>();
    String name = next;
    while (name != null && widget(name) != null && seen.add(name)) {
      Widget w = widget(name);
      switch (w.type()) {
        case "set-variables" -> {
          keepLiterals(w, set);
          name = w.next("next");
        }
        case "trigger" -> name = w.next("incomingCall");
        case "run-function" -> {
          if (!StudioFunctions.CHECK.equals(StudioOwnFunctions.function(w))) {
            return w.id();
          }
          name = w.next("success"); // the check of a collect, not a node
        }
        case "split-based-on" -> {
          String gather = takenSplits.get(name);
          return gather == null ? w.id() : widget(gather).id();
        }
        default -> {
          return w.id();
        }
      }
    }
    return endOfChain(from, at, name);
  }

  /** A set-variables widget's literal values (not its counters) into {@code set}, when given. */
  private void keepLiterals(Widget setVariables, Map<String, String> set) {
    if (set != null) {
      StudioVariables.literals(setVariables)
          .forEach(
              (k, v) -> {
                if (!counters.contains(k)) {
                  set.put(k, v);
                }
              });
    }
  }

  /**
   * Where a chain of widgets passed through ends: a widget seen before (a loop), none (the caller
   * is cut off), or a name the flow does not have (a problem).
   */
  private String endOfChain(Widget from, Position at, String name) {
    if (name == null) {
      return cutOff();
    }
    if (widget(name) == null) {
      problem(
          from,
          at,
          from.describe() + " goes to '" + name + "', a widget the flow does not have",
          "point the transition at one of its widgets, or remove it");
      return cutOff();
    }
    return widget(name).id();
  }

  /** The counter a split reads ({@code {{flow.variables.main_no_input}}}), or null. */
  String counterOf(Widget split) {
    String input = String.valueOf(split.property("input")).replace(" ", "");
    for (String c : counters) {
      if (input.equals("{{flow.variables." + c + "}}")) {
        return c;
      }
    }
    return null;
  }

  /** Writes (once) the node for a call that Studio ends without a word, and names it. */
  String cutOff() {
    out.node(
        CUT_OFF,
        "Where Studio ends the call without a word (a transition with no widget to go to).",
        List.of("type: hangup", "outcome: hung-up"));
    return CUT_OFF;
  }

  /** A text of a widget's properties, with its Liquid converted (trouble reported there). */
  String text(Widget w, String key) {
    String text = w.property(key);
    if (text == null) {
      return null;
    }
    String first = locales.iterator().next();
    Map<String, String> texts = StudioLocales.texts(text, first);
    if (texts == null) {
      return out.inEvery(template(w, key, text));
    }
    Map<String, String> out = new LinkedHashMap<>();
    texts.forEach((locale, t) -> out.put(locale, template(w, key, t)));
    locales.addAll(out.keySet());
    return StudioLocales.encode(out);
  }

  private String template(Widget w, String key, String text) {
    return Liquid.template(
        text,
        new StudioVariables(this)::resolve,
        m ->
            problem(
                w,
                w.properties().at(key),
                w.describe() + " " + m,
                "write '"
                    + key
                    + "' with {{widgets.x.Digits}}, {{flow.variables.k}} or"
                    + " {{trigger.call.From}} only (docs/import.md)"));
  }

  /** What a caller hears from a widget's {@code say}, or its {@code play} as a stand-in. */
  String prompt(Widget w) {
    String say = text(w, "say");
    if (say != null && !say.isBlank()) {
      return say;
    }
    String play = w.property("play");
    if (play != null && !play.isBlank()) {
      return FlowYaml.recording(play);
    }
    return null;
  }

  private static final List<String> TRANSFERS =
      List.of("connect-call-to", "enqueue-call", "send-to-flex");

  /**
   * True when the node hands the call to a person: a transfer (after a say-play, or not), or a
   * split whose every way does (priority and standard agents).
   */
  boolean isPerson(String nodeId) {
    return studio.widgets().values().stream()
        .filter(w -> w.id().equals(nodeId))
        .anyMatch(w -> isPerson(w, 0));
  }

  private boolean isPerson(Widget w, int depth) {
    if (w == null || depth > 8) {
      return false;
    }
    if (TRANSFERS.contains(w.type())) {
      return true;
    }
    if (w.type().equals("say-play")) {
      Widget next = widget(w.next("audioComplete"));
      return next != null && TRANSFERS.contains(next.type());
    }
    return w.type().equals("split-based-on")
        && !w.transitions().isEmpty()
        && w.transitions().stream().allMatch(t -> isPerson(widget(t.next()), depth + 1));
  }
}
