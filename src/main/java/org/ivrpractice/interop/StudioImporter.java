package org.ivrpractice.interop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.StudioFlow.Transition;
import org.ivrpractice.interop.StudioFlow.Widget;
import org.ivrpractice.testing.lint.LintFinding;

/**
 * Imports a Twilio Studio flow definition (docs/import.md): each widget becomes the node of our
 * language it stands for, under its own name, with its place on the canvas as a comment. Everything
 * that cannot be converted is reported at once, with its line and column in the JSON. A definition
 * {@code export studio} wrote is folded back into its line and sub-flows ({@link StudioRefold}).
 */
public final class StudioImporter {

  private StudioImporter() {}

  /**
   * Imports one definition.
   *
   * @param file the JSON file's name, as problems name it; the flow id comes from it
   */
  public static ImportResult importFlow(String file, String text) {
    String flowId = FlowIds.fromFile(file);
    Problems problems = new Problems();
    JsonTree.JNode root;
    try {
      root = JsonTree.read(file, text);
    } catch (JsonTree.JsonError e) {
      return new ImportResult(flowId, Map.of(), List.of(e.problem()), List.of());
    }
    StudioFlow studio = StudioFlow.read(file, root, problems);
    if (studio == null) {
      return new ImportResult(flowId, Map.of(), problems.sorted(), List.of());
    }
    StudioContext context = new StudioContext(file, flowId, studio, problems);
    plan(context);
    write(context);
    new StudioTraps(context).find();
    context.traps.sort(
        java.util.Comparator.comparingInt((LintFinding f) -> f.position().line())
            .thenComparingInt(f -> f.position().column()));
    if (!problems.isEmpty()) {
      return new ImportResult(flowId, Map.of(), problems.sorted(), context.traps);
    }
    Map<String, String> files = new LinkedHashMap<>();
    StudioLineMap map = StudioLineMap.read(studio.description());
    Map<String, String> parts = map == null ? Map.of() : new StudioRefold(context, map).files();
    files.put(flowId + ".yaml", context.out.text());
    files.putAll(parts);
    if (!context.tables.isEmpty()) {
      files.put(
          flowId + ".data.yaml", PracticeDataYaml.text(flowId, "Twilio Studio", context.tables));
    }
    files.putAll(context.extraFiles);
    return new ImportResult(flowId, files, List.of(), context.traps);
  }

  private static void plan(StudioContext context) {
    planLocales(context);
    StudioGathers.plan(context);
    StudioOwnFunctions.plan(context);
    for (Widget w : context.studio.widgets().values()) {
      if (w.type().equals("run-function") || w.type().equals("make-http-request")) {
        context.lookups.add(w.name());
      }
    }
    planVariables(context);
  }

  /**
   * Flow variables: a key set to one fixed value wherever it is set is that value; one set by the
   * set-variables widgets that menu options lead to is set by those options.
   */
  private static void planVariables(StudioContext context) {
    Set<String> byOptions = new HashSet<>();
    for (String split : context.takenSplits.keySet()) {
      for (Transition t : context.widget(split).transitions()) {
        for (String n = t.next(); n != null && isSetVariables(context, n); ) {
          if (!byOptions.add(n)) {
            break;
          }
          n = context.widget(n).next("next");
        }
      }
    }
    findCounters(context);
    Map<String, Set<String>> values = new HashMap<>();
    Map<String, Boolean> onlyByOptions = new HashMap<>();
    for (Widget w : context.studio.widgets().values()) {
      if (w.type().equals("set-variables")) {
        StudioVariables.literals(w)
            .forEach(
                (k, v) -> {
                  if (context.counters.contains(k)) {
                    return;
                  }
                  values.computeIfAbsent(k, x -> new HashSet<>()).add(v);
                  onlyByOptions.merge(k, byOptions.contains(w.name()), Boolean::logicalAnd);
                });
        computed(context, w);
      }
    }
    values.forEach(
        (k, v) -> {
          if (onlyByOptions.get(k)) {
            context.optionVariables.add(k);
          } else if (v.size() == 1) {
            context.fixedVariables.put(k, v.iterator().next());
          }
        });
  }

  /** Variables only ever set to 0 or to themselves plus one: counters of retries. */
  private static void findCounters(StudioContext context) {
    Set<String> notCounting = new HashSet<>();
    Set<String> incremented = new HashSet<>();
    for (Widget w : context.studio.widgets().values()) {
      if (!w.type().equals("set-variables")) {
        continue;
      }
      for (JsonTree.JNode item : w.properties().array("variables")) {
        if (item instanceof JObject o && o.text("key") != null) {
          String k = o.text("key");
          String v = String.valueOf(o.text("value")).strip();
          if (StudioCounters.isIncrement(k, v)) {
            incremented.add(k);
          } else if (!v.equals("0")) {
            notCounting.add(k);
          }
        }
      }
    }
    incremented.removeAll(notCounting);
    context.counters.addAll(incremented);
  }

  private static boolean isSetVariables(StudioContext context, String name) {
    return context.widget(name) != null && context.widget(name).type().equals("set-variables");
  }

  /** A value computed with Liquid (a counter, a copy of an answer) cannot be kept: reported. */
  private static void computed(StudioContext context, Widget w) {
    for (JObject item : StudioVariables.computed(w)) {
      if (context.counters.contains(item.text("key"))
          || context.answers.containsKey(item.text("key"))) {
        continue;
      }
      context.problem(
          w,
          item.at("value"),
          w.describe()
              + " sets '"
              + item.text("key")
              + "' to "
              + item.text("value")
              + ": a flow keeps only fixed values set by menu options",
          "set it to a fixed value, or read the answer itself where it is needed"
              + " ({{widgets.x.Digits}}); our menus count retries themselves");
    }
  }

  private static void write(StudioContext context) {
    StudioFlow studio = context.studio;
    FlowYaml out = context.out;
    header(context);
    Widget trigger = context.widget(studio.initialState());
    if (trigger.next("incomingCall") == null) {
      context.problem(
          trigger,
          trigger.at(),
          trigger.describe() + " does not answer calls: its 'incomingCall' goes nowhere",
          "connect incomingCall to the widget a caller meets first");
    }
    out.start(context.target(trigger, "incomingCall"));
    if (!context.lookups.isEmpty()) {
      out.data(context.flowId + ".data.yaml");
    }
    StudioWidgets widgets = new StudioWidgets(context);
    studio.widgets().values().forEach(widgets::convert);
    if (context.agentTarget != null) {
      out.agentEscape(context.agentWords, context.agentTarget);
    }
    if (context.repeatUsed) {
      out.repeatEscape(context.repeatWords);
    }
    if (context.problems.isEmpty()) {
      reportLeftOut(context); // else what follows a widget not converted would seem left out
    }
  }

  /** Each widget no call reaches is left out, with a warning (not the say-plays taken in). */
  private static void reportLeftOut(StudioContext context) {
    for (String id : context.out.unreachable()) {
      Widget w =
          context.studio.widgets().values().stream()
              .filter(x -> x.id().equals(id))
              .findFirst()
              .orElse(null);
      if (w != null && !context.absorbed.contains(w.name())) {
        context.trap(
            "studio-unreachable",
            w,
            w.at(),
            w.describe() + " cannot be reached from the Trigger: it is left out",
            "connect it, or delete it in Studio");
      }
    }
  }

  private static void header(StudioContext context) {
    FlowYaml out = context.out;
    out.comment("Imported from the Twilio Studio flow " + FlowIds.baseName(context.file) + " by");
    out.comment("'import studio' (docs/import.md). Node ids are the widgets' names; the comment");
    out.comment("above each node says which widget it was and where it stood on the canvas.");
    String description = StudioLineMap.nameOf(context.studio.description());
    out.name(description == null ? context.flowId : description);
  }

  /** The first locale, then every other one a text chooses by {@code flow.variables.locale}. */
  private static void planLocales(StudioContext context) {
    String first = locale(context.studio);
    context.locales.add(first);
    for (Widget w : context.studio.widgets().values()) {
      Map<String, String> texts = StudioLocales.texts(String.valueOf(w.property("say")), first);
      if (texts != null) {
        context.locales.addAll(texts.keySet());
      }
    }
    context.out.locales(new java.util.ArrayList<>(context.locales));
  }

  /**
   * The flow's first locale: the default of a language chosen by {@code flow.variables.locale},
   * else Spanish when the first widget with a language speaks it.
   */
  private static String locale(StudioFlow studio) {
    for (Widget w : studio.widgets().values()) {
      String chosen = StudioLocales.defaultOf(w.property("language"));
      if (chosen != null) {
        return chosen;
      }
    }
    for (Widget w : studio.widgets().values()) {
      String language = w.property("language");
      if (language != null) {
        return language.startsWith("es") ? "es-US" : "en-US";
      }
    }
    return "en-US";
  }
}
