package org.ivrpractice.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validator's checks of each kind of node: menus, collects, lookups, transfers, sub-flows,
 * returns.
 */
final class NodeChecks implements NodeVisitor<Void> {
  private final FlowValidator v;

  NodeChecks(FlowValidator v) {
    this.v = v;
  }

  public Void visit(Node.Say n) {
    return null;
  }

  public Void visit(Node.Menu n) {
    Map<String, Integer> digits = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    for (int i = 0; i < n.options().size(); i++) {
      Node.Option o = n.options().get(i);
      Position where = v.at(n.id(), "options." + i + ".digit");
      Integer before = digits.putIfAbsent(o.digit(), i);
      if (before != null) {
        v.problems.add(
            where,
            n.id(),
            "digit "
                + o.digit()
                + " is used by two options ("
                + (before + 1)
                + " and "
                + (i + 1)
                + ")",
            "give each option its own digit");
      }
      for (String word : o.synonyms()) {
        String other = words.putIfAbsent(word, o.digit());
        if (other != null && !other.equals(o.digit())) {
          v.problems.add(
              o.position(),
              n.id(),
              "\"" + word + "\" is said for option " + other + " and option " + o.digit(),
              "keep \"" + word + "\" on one option only");
        }
      }
      checkEscapeClash(n.id(), n.input(), o, where);
    }
    return null;
  }

  private void checkEscapeClash(String id, InputSettings input, Node.Option o, Position where) {
    for (Escape e : v.flow.escapes()) {
      if (!input.escapes().contains(e.name())) {
        continue;
      }
      if (o.digit().equals(e.digit())) {
        v.problems.add(
            where,
            id,
            "option "
                + o.digit()
                + " clashes with the global escape '"
                + e.name()
                + "', which also answers to "
                + e.digit(),
            "choose another digit, or turn the escape off here with escapes: "
                + keptWithout(input, e.name()));
      }
      for (String word : o.synonyms()) {
        if (e.synonyms().stream().anyMatch(word::equalsIgnoreCase)) {
          v.problems.add(
              o.position(),
              id,
              "option "
                  + o.digit()
                  + "'s word \""
                  + word
                  + "\" is also the global escape '"
                  + e.name()
                  + "'",
              "remove \""
                  + word
                  + "\" from the option, or turn the escape off here with escapes: "
                  + keptWithout(input, e.name()));
        }
      }
    }
  }

  private static String keptWithout(InputSettings input, String name) {
    List<String> kept = input.escapes().stream().filter(n -> !n.equals(name)).sorted().toList();
    return kept.isEmpty() ? "false" : kept.toString();
  }

  public Void visit(Node.Collect n) {
    String[] problem = CollectLength.problem(n);
    if (problem != null) {
      v.problems.add(v.at(n.id(), "length"), n.id(), problem[0], problem[1]);
    }
    if (n.finishKey() != null) {
      for (Escape e : v.flow.escapes()) {
        if (n.input().escapes().contains(e.name()) && n.finishKey().equals(e.digit())) {
          String other = n.finishKey().equals("#") ? "*" : "#";
          v.problems.add(
              v.at(n.id(), "finishKey"),
              n.id(),
              "the finish key "
                  + n.finishKey()
                  + " is also the global escape '"
                  + e.name()
                  + "', so it could never finish",
              "write finishKey: \""
                  + other
                  + "\", or turn the escape off here with escapes: "
                  + keptWithout(n.input(), e.name()));
        }
      }
    }
    if (n.into() != null && !n.into().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
      v.problems.add(
          v.at(n.id(), "into"),
          n.id(),
          "'" + n.into() + "' is not a variable name",
          "use letters, digits and '_' (no dots)");
    }
    return null;
  }

  public Void visit(Node.Lookup n) {
    if (n.table() == null || v.draft.dataMissing()) {
      return null; // no table to look in: reported already
    }
    if (!v.flow.data().tables().containsKey(n.table())) {
      v.problems.add(
          v.at(n.id(), "table"),
          n.id(),
          "there is no table '"
              + n.table()
              + "' in the practice data"
              + (v.flow.data().file().isEmpty() ? " (the flow names no data file)" : ""),
          v.flow.data().file().isEmpty()
              ? "add data: <name>.data.yaml to the flow"
              : Problems.suggestion(n.table(), v.flow.data().tables().keySet(), "the tables"));
    } else if (n.field() != null
        && v.flow.data().tables().get(n.table()).stream()
            .noneMatch(r -> r.containsKey(n.field()))) {
      Set<String> fields = new java.util.TreeSet<>();
      v.flow.data().tables().get(n.table()).forEach(r -> fields.addAll(r.keySet()));
      fields.removeIf(f -> f.contains("."));
      v.problems.add(
          v.at(n.id(), "match"),
          n.id(),
          "no record of table '" + n.table() + "' has a field '" + n.field() + "'",
          Problems.suggestion(n.field(), fields, "its fields"));
    }
    return null;
  }

  public Void visit(Node.Branch n) {
    return null;
  }

  public Void visit(Node.Reference n) {
    return null;
  }

  public Void visit(Node.Save n) {
    SaveChecks.check(n, v);
    return null;
  }

  public Void visit(Node.Transfer n) {
    if (n.queue() != null && !v.flow.queues().containsKey(n.queue())) {
      v.problems.add(
          v.at(n.id(), "queue"),
          n.id(),
          "the queue '" + n.queue() + "' is not declared",
          Problems.closest(n.queue(), v.flow.queues().keySet()) != null
              ? Problems.suggestion(n.queue(), v.flow.queues().keySet(), "the queues")
                  + " Or declare it under queues:"
              : "declare it under queues: { " + n.queue() + ": { label: ..., wait: 120 } }");
    }
    return null;
  }

  public Void visit(Node.Hangup n) {
    return null;
  }

  public Void visit(Node.Subflow n) {
    new SubflowCheck(v.flow, v.draft.sources(), v.all, v.unreadable, v.problems).check(n);
    return null;
  }

  public Void visit(Node.Return n) {
    if (!v.flow.isSubflow()) {
      v.problems.add(
          n.position(),
          n.id(),
          "a return only ends a sub-flow, and this flow declares no exits",
          "use a hangup or transfer here, or declare exits: [" + n.exit() + "]");
    } else if (n.exit() != null && !v.flow.exits().contains(n.exit())) {
      v.problems.add(
          v.at(n.id(), "exit"),
          n.id(),
          "the exit '" + n.exit() + "' is not declared",
          Problems.suggestion(n.exit(), v.flow.exits(), "the exits"));
    }
    return null;
  }
}
