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

/**
 * Reports a variable read by a text or a condition that no path from the start sets before it: the
 * caller would hear a blank where a value should be.
 */
final class VariableCheck {

  /** Nodes that set names, and the nodes from which those names are set. */
  private record Provider(
      String nodeId, Set<String> names, Set<String> prefixes, List<String> after) {}

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
    List<Provider> providers =
        providers(flow, new HashSet<>()).stream()
            .filter(p -> fromStart.contains(p.nodeId()))
            .toList();
    Set<String> known = new LinkedHashSet<>();
    providers.forEach(p -> known.addAll(p.names()));
    for (Node node : flow.nodes().values()) {
      if (!fromStart.contains(node.id())) {
        continue;
      }
      uses(
          node,
          (key, name) -> {
            if (!isSetBefore(node.id(), name, providers)) {
              problems.add(
                  sources.at(node.id(), key, node.position()),
                  node.id(),
                  SourceMap.describe(key)
                      + " uses {"
                      + name
                      + "}, which is set on no path before it",
                  setHint(name, known, providers));
            }
          });
    }
  }

  private static String setHint(String name, Set<String> known, List<Provider> providers) {
    for (Provider p : providers) {
      if (p.names().contains(name)) {
        return "["
            + p.nodeId()
            + "] sets it, but no call passes there before here: use it after ["
            + p.nodeId()
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
  private boolean isSetBefore(String use, String name, List<Provider> providers) {
    return reachedAfterSet
        .computeIfAbsent(name, n -> graph.reachableFrom(afterSetting(n, providers)))
        .contains(use);
  }

  /** The nodes a call goes on to right after a node sets {@code name}. */
  private static List<String> afterSetting(String name, List<Provider> providers) {
    List<String> out = new ArrayList<>();
    for (Provider p : providers) {
      if (p.names().contains(name) || p.prefixes().stream().anyMatch(name::startsWith)) {
        p.after().stream().filter(Objects::nonNull).forEach(out::add);
      }
    }
    return out;
  }

  /** Calls {@code sink(key, variable)} for each variable the node reads. */
  private static void uses(Node node, BiConsumer<String, String> sink) {
    if (node instanceof Node.Say n) {
      text(n.prompt(), "prompt", sink);
    } else if (node instanceof Node.Menu n) {
      text(n.prompt(), "prompt", sink);
      text(n.intro(), "intro", sink);
      for (int i = 0; i < n.options().size(); i++) {
        text(n.options().get(i).label(), "options." + i + ".label", sink);
      }
    } else if (node instanceof Node.Collect n) {
      text(n.prompt(), "prompt", sink);
      text(n.invalid(), "invalid", sink);
    } else if (node instanceof Node.Lookup n && n.variable() != null) {
      sink.accept("match", n.variable());
    } else if (node instanceof Node.Branch n) {
      for (int i = 0; i < n.cases().size(); i++) {
        String key = "when." + i + ".if";
        n.cases().get(i).condition().paths(path -> sink.accept(key, path));
      }
    } else if (node instanceof Node.Transfer n) {
      text(n.prompt(), "prompt", sink);
    } else if (node instanceof Node.Hangup n) {
      text(n.prompt(), "prompt", sink);
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

  /** The nodes of {@code f} that set variables, sub-flow calls included. */
  private List<Provider> providers(Flow f, Set<String> visiting) {
    List<Provider> out = new ArrayList<>();
    if (!visiting.add(f.id())) {
      return out;
    }
    for (Node node : f.nodes().values()) {
      if (node instanceof Node.Collect n && n.into() != null) {
        out.add(new Provider(n.id(), Set.of(n.into()), Set.of(), listOf(n.next())));
      } else if (node instanceof Node.Reference n && n.into() != null) {
        out.add(new Provider(n.id(), Set.of(n.into()), Set.of(), listOf(n.next())));
      } else if (node instanceof Node.Lookup n && n.as() != null) {
        out.add(lookupProvider(f, n));
      } else if (node instanceof Node.Menu n) {
        for (Node.Option o : n.options()) {
          Set<String> names = new HashSet<>(o.set().keySet());
          names.remove("locale");
          if (!names.isEmpty()) {
            out.add(new Provider(n.id(), names, Set.of(), listOf(o.target())));
          }
        }
      } else if (node instanceof Node.Subflow n && all.containsKey(n.flow())) {
        Set<String> names = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Provider p : providers(all.get(n.flow()).flow(), visiting)) {
          names.addAll(p.names());
          prefixes.addAll(p.prefixes());
        }
        out.add(new Provider(n.id(), names, prefixes, List.copyOf(n.exits().values())));
      } else if (node instanceof Node.Subflow n) {
        // a sub-flow that could not be read (reported already) might set anything
        out.add(new Provider(n.id(), Set.of(), Set.of(""), List.copyOf(n.exits().values())));
      }
    }
    visiting.remove(f.id());
    return out;
  }

  private static Provider lookupProvider(Flow f, Node.Lookup n) {
    List<Map<String, String>> records = f.data().tables().get(n.table());
    if (records == null) {
      return new Provider(n.id(), Set.of(), Set.of(n.as() + "."), listOf(n.found()));
    }
    Set<String> names = new HashSet<>();
    for (Map<String, String> record : records) {
      record.keySet().forEach(k -> names.add(n.as() + "." + k));
    }
    return new Provider(n.id(), names, Set.of(), listOf(n.found()));
  }

  private static List<String> listOf(String target) {
    List<String> out = new ArrayList<>();
    out.add(target);
    return out;
  }
}
