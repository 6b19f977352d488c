package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.ivrpractice.flow.VariableSetters.Setter;

/**
 * Reports a variable read by a text or a condition that no path from the start sets before it: the
 * caller would hear a blank where a value should be.
 */
final class VariableCheck {

  private final Flow flow;
  private final FlowGraph graph;
  private final SourceMap sources;
  private final Map<String, FlowReader.Draft> all;
  private final Problems problems;

  /** For each variable read, the nodes a call can reach after some node set it (memoised). */
  private final Map<String, Set<String>> reachedAfterSet = new HashMap<>();

  VariableCheck(
      Flow flow,
      FlowGraph graph,
      SourceMap sources,
      Map<String, FlowReader.Draft> all,
      Problems problems) {
    this.flow = flow;
    this.graph = graph;
    this.sources = sources;
    this.all = all;
    this.problems = problems;
  }

  void run() {
    if (flow.start() == null || !flow.nodes().containsKey(flow.start())) {
      return;
    }
    Set<String> fromStart = graph.reachableFrom(flow.start());
    List<Setter> setters =
        new VariableSetters(all)
            .of(flow).stream().filter(s -> fromStart.contains(s.nodeId())).toList();
    Set<String> known = new LinkedHashSet<>();
    setters.forEach(s -> known.addAll(s.names()));
    for (Node node : flow.nodes().values()) {
      if (!fromStart.contains(node.id())) {
        continue;
      }
      uses(
          node,
          (key, name) -> {
            if (!isSetBefore(node.id(), name, setters)) {
              problems.add(
                  sources.at(node.id(), key, node.position()),
                  node.id(),
                  SourceMap.describe(key)
                      + " uses {"
                      + name
                      + "}, which is set on no path before it",
                  setHint(name, known, setters));
            }
          });
    }
  }

  private static String setHint(String name, Set<String> known, List<Setter> setters) {
    for (Setter s : setters) {
      if (s.names().contains(name)) {
        return "["
            + s.nodeId()
            + "] sets it, but no call passes there before here: use it after ["
            + s.nodeId()
            + "], or set it on the way here";
      }
    }
    String close = Problems.closest(name, known);
    if (close != null) {
      return "did you mean {" + close + "}?";
    }
    return "set it first: a collect's 'into', a lookup's 'as', an option's 'set' or a reference's"
        + " 'into'";
  }

  /**
   * True when some path passes a node that sets {@code name} before reaching {@code use}. One walk
   * per variable, from all its setters at once: a walk per setter made large flows, where hundreds
   * of options set the same variable, quadratic in time and memory.
   */
  private boolean isSetBefore(String use, String name, List<Setter> setters) {
    return reachedAfterSet
        .computeIfAbsent(name, n -> graph.reachableFrom(afterSetting(n, setters)))
        .contains(use);
  }

  /** The nodes a call goes on to right after a node sets {@code name}. */
  private static List<String> afterSetting(String name, List<Setter> setters) {
    List<String> out = new ArrayList<>();
    for (Setter s : setters) {
      if (s.names().contains(name) || s.prefixes().stream().anyMatch(name::startsWith)) {
        s.after().stream().filter(Objects::nonNull).forEach(out::add);
      }
    }
    return out;
  }

  /** Calls {@code sink(key, variable)} for each variable the node reads. */
  private static void uses(Node node, BiConsumer<String, String> sink) {
    node.texts().forEach((key, text) -> text(text, key, sink));
    TestedVariables.of(node).forEach((key, paths) -> paths.forEach(p -> sink.accept(key, p)));
    if (node instanceof Node.Save save) {
      save.record()
          .forEach(
              (field, t) -> t.variables().forEach(v -> sink.accept("record." + field, v.path())));
    }
  }

  private static void text(Text text, String key, BiConsumer<String, String> sink) {
    if (text == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Template t : text.byLocale().values()) {
      for (Template.Variable v : t.variables()) {
        if (seen.add(v.path())) {
          sink.accept(key, v.path());
        }
      }
    }
  }
}
