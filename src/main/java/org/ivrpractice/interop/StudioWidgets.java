package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.Liquid.Variable;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;

/** The Studio widgets other than gathers, each written as the node it becomes. */
final class StudioWidgets {

  /** The widget types an import converts; any other is reported. */
  static final List<String> SUPPORTED =
      List.of(
          "trigger",
          "gather-input-on-call",
          "split-based-on",
          "say-play",
          "set-variables",
          "connect-call-to",
          "enqueue-call",
          "send-to-flex",
          "record-voicemail",
          "run-subflow",
          "make-http-request",
          "run-function");

  private final StudioContext context;

  StudioWidgets(StudioContext context) {
    this.context = context;
  }

  void convert(Widget w) {
    switch (w.type()) {
      case "trigger", "set-variables" -> {} // the start, and values set where options go
      case "gather-input-on-call" -> new StudioGathers(context).convert(w);
      case "split-based-on" -> {
        if (!context.takenSplits.containsKey(w.name()) && context.counterOf(w) == null) {
          branch(w);
        }
      }
      case "say-play" -> say(w);
      case "connect-call-to" -> transfer(w, w.id(), callTo(w));
      case "enqueue-call", "send-to-flex" -> transfer(w, queueOf(w), null);
      case "record-voicemail" -> voicemail(w);
      case "run-subflow" -> new StudioSubflows(context).convert(w);
      case "run-function" -> {
        if (StudioOwnFunctions.function(w) != null) {
          new StudioOwnFunctions(context).convert(w);
        } else {
          new StudioLookups(context).convert(w);
        }
      }
      case "make-http-request" -> new StudioLookups(context).convert(w);
      default ->
          context.problem(
              w,
              w.at(),
              w.describe() + " has no counterpart in a phone flow the import can write",
              "replace it in Studio, or remove it before importing; the import converts "
                  + String.join(", ", SUPPORTED.subList(1, SUPPORTED.size())));
    }
  }

  private void say(Widget w) {
    String prompt = context.prompt(w);
    List<String> lines = new ArrayList<>();
    String next = w.next("audioComplete");
    Widget queue = next == null ? null : context.widget(next);
    if (queue != null && TRANSFERS.contains(queue.type()) && onlyWayTo(queue) == w) {
      // "please hold" and the queue: one transfer that says it
      context.absorbed.add(queue.name());
      String name = queue.type().equals("connect-call-to") ? queue.id() : queueOf(queue);
      context.out.queue(
          name, queue.type().equals("connect-call-to") ? callTo(queue) : queue.name());
      context.out.node(
          w.id(),
          StudioGathers.origin(w) + " With " + queue.describe() + ".",
          List.of(
              "type: transfer",
              "queue: " + name,
              "prompt: " + FlowYaml.quote(prompt == null ? "" : prompt)));
      return;
    }
    if (next == null) {
      lines.add("type: hangup"); // Studio ends the call once the words are said
    } else {
      lines.add("type: say");
    }
    lines.add("prompt: " + FlowYaml.quote(prompt == null ? "" : prompt));
    if (next != null) {
      lines.add("next: " + context.target(w, "audioComplete"));
    }
    context.out.node(w.id(), StudioGathers.origin(w), lines);
  }

  private static final List<String> TRANSFERS =
      List.of("connect-call-to", "enqueue-call", "send-to-flex");

  /** The one widget whose transition leads to this one, or null when there are none or several. */
  private Widget onlyWayTo(Widget target) {
    Widget only = null;
    for (Widget w : context.studio.widgets().values()) {
      for (Transition t : w.transitions()) {
        if (target.name().equals(t.next())) {
          if (only != null && only != w) {
            return null;
          }
          only = w;
        }
      }
    }
    return only;
  }

  private void transfer(Widget w, String queue, String label) {
    context.out.queue(queue, label == null ? w.name() : label);
    context.out.node(w.id(), StudioGathers.origin(w), List.of("type: transfer", "queue: " + queue));
  }

  private static String callTo(Widget w) {
    String to = w.property("to");
    return to == null || Liquid.has(to) ? w.name() : w.name() + " (a call to " + to + ")";
  }

  /** The queue of an enqueue-call or send-to-flex: its queue or task queue name, or its name. */
  private static String queueOf(Widget w) {
    for (String key : List.of("queue_name", "task_queue", "task_queue_name")) {
      String name = w.property(key);
      if (name != null && !name.isBlank() && !Liquid.has(name)) {
        return NodeIds.of(name);
      }
    }
    return w.id();
  }

  private void voicemail(Widget w) {
    context.out.node(
        w.id(),
        StudioGathers.origin(w) + " A practice voicemail: nothing is recorded.",
        List.of(
            "type: hangup",
            "outcome: self-served",
            "prompt: \"Please leave a message after the tone. (This is a practice line: nothing"
                + " is recorded.) Goodbye.\""));
  }

  /** A split on anything but a gather's answer: a branch on the variable it reads. */
  private void branch(Widget w) {
    Liquid.Value input =
        Liquid.value(
            w.property("input"),
            new StudioVariables(context)::resolve,
            m ->
                context.problem(
                    w,
                    w.properties().at("input"),
                    w.describe() + "'s input " + m,
                    "split on {{widgets.x.Digits}}, {{widgets.x.parsed.field}} or"
                        + " {{flow.variables.k}}"));
    if (!(input instanceof Variable v)) {
      return;
    }
    List<String> lines = new ArrayList<>(List.of("type: branch", "when:"));
    for (Transition t : w.transitions()) {
      if (t.event().equals("noMatch")) {
        continue;
      }
      List<String> parts = conditions(w, v, t);
      if (!parts.isEmpty()) {
        lines.add(
            "  - { if: "
                + FlowYaml.quote(String.join(" and ", parts))
                + ", goto: "
                + context.target(w, t.next(), t.at(), null)
                + " }");
      }
    }
    lines.add("else: " + context.target(w, "noMatch"));
    context.out.node(w.id(), StudioGathers.origin(w), lines);
  }

  /** A transition's conditions in our language (each in brackets when there are several). */
  private List<String> conditions(Widget w, Variable v, Transition t) {
    List<String> parts = new ArrayList<>();
    for (JNode c : t.conditions()) {
      String ours =
          c instanceof JObject o
              ? StudioConditions.condition(v.path(), o, m -> trouble(w, o, m))
              : null;
      if (ours != null) {
        parts.add(t.conditions().size() > 1 ? "(" + ours + ")" : ours);
      }
    }
    return parts;
  }

  private void trouble(Widget w, JObject condition, String message) {
    context.problem(
        w,
        condition.at(),
        w.describe() + " " + message,
        "use equal_to, not_equal_to, matches_any_of, is_blank, is_not_blank, less_than or"
            + " greater_than");
  }
}
