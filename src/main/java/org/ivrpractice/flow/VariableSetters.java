package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The nodes of a flow that set variables, sub-flow calls included, for {@link VariableCheck}. */
final class VariableSetters {

  /**
   * A node that sets variables.
   *
   * @param names the variables it sets
   * @param prefixes the beginnings of the names it may set besides (a lookup of a table that does
   *     not exist, a sub-flow that could not be read)
   * @param after the nodes a call goes on to right after it sets them
   */
  record Setter(String nodeId, Set<String> names, Set<String> prefixes, List<String> after) {}

  private final Map<String, FlowReader.Draft> all;

  /**
   * @param all the flows read, by id, so that a sub-flow call sets what the sub-flow sets
   */
  VariableSetters(Map<String, FlowReader.Draft> all) {
    this.all = all;
  }

  /** The nodes of {@code flow} that set variables. */
  List<Setter> of(Flow flow) {
    return of(flow, new HashSet<>());
  }

  private List<Setter> of(Flow flow, Set<String> visiting) {
    List<Setter> out = new ArrayList<>();
    if (!visiting.add(flow.id())) {
      return out;
    }
    Kinds kinds = new Kinds(flow, visiting, out);
    flow.nodes().values().forEach(node -> node.accept(kinds));
    visiting.remove(flow.id());
    return out;
  }

  private static List<String> listOf(String target) {
    List<String> out = new ArrayList<>();
    out.add(target);
    return out;
  }

  /** What each kind of node sets. */
  private final class Kinds implements NodeVisitor<Void> {
    private final Flow flow;
    private final Set<String> visiting;
    private final List<Setter> out;

    Kinds(Flow flow, Set<String> visiting, List<Setter> out) {
      this.flow = flow;
      this.visiting = visiting;
      this.out = out;
    }

    public Void visit(Node.Say n) {
      return null;
    }

    public Void visit(Node.Menu n) {
      for (Node.Option o : n.options()) {
        Set<String> names = new HashSet<>(o.set().keySet());
        names.remove("locale");
        if (!names.isEmpty()) {
          out.add(new Setter(n.id(), names, Set.of(), listOf(o.target())));
        }
      }
      return null;
    }

    public Void visit(Node.Collect n) {
      if (n.into() != null) {
        out.add(new Setter(n.id(), Set.of(n.into()), Set.of(), listOf(n.next())));
      }
      return null;
    }

    public Void visit(Node.Lookup n) {
      if (n.as() != null) {
        out.add(lookup(n));
      }
      return null;
    }

    private Setter lookup(Node.Lookup n) {
      List<Map<String, String>> records = flow.data().tables().get(n.table());
      if (records == null) {
        return new Setter(n.id(), Set.of(), Set.of(n.as() + "."), listOf(n.found()));
      }
      Set<String> names = new HashSet<>();
      for (Map<String, String> record : records) {
        record.keySet().forEach(k -> names.add(n.as() + "." + k));
      }
      return new Setter(n.id(), names, Set.of(), listOf(n.found()));
    }

    public Void visit(Node.Branch n) {
      return null;
    }

    public Void visit(Node.Reference n) {
      if (n.into() != null) {
        out.add(new Setter(n.id(), Set.of(n.into()), Set.of(), listOf(n.next())));
      }
      return null;
    }

    public Void visit(Node.Save n) {
      return null;
    }

    public Void visit(Node.Transfer n) {
      return null;
    }

    public Void visit(Node.Hangup n) {
      return null;
    }

    public Void visit(Node.Subflow n) {
      List<String> exits = List.copyOf(n.exits().values());
      if (!all.containsKey(n.flow())) {
        // a sub-flow that could not be read (reported already) might set anything
        out.add(new Setter(n.id(), Set.of(), Set.of(""), exits));
        return null;
      }
      Set<String> names = new HashSet<>();
      Set<String> prefixes = new HashSet<>();
      for (Setter s : of(all.get(n.flow()).flow(), visiting)) {
        names.addAll(s.names());
        prefixes.addAll(s.prefixes());
      }
      out.add(new Setter(n.id(), names, prefixes, exits));
      return null;
    }

    public Void visit(Node.Return n) {
      return null;
    }
  }
}
