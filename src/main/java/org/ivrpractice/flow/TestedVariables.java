package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a node tests to choose where the call goes on: a branch's conditions and a lookup's
 * match variable. Their texts' variables are not here ({@link Node#texts()} has those): what a
 * caller hears does not change the way a call takes.
 */
public final class TestedVariables {

  private static final Kinds KINDS = new Kinds();

  private TestedVariables() {}

  /**
   * The variables {@code node} tests, by the key each is written under ({@code match}, {@code
   * when.<i>.if}), in order; a condition that reads a variable twice lists it twice.
   */
  public static Map<String, List<String>> of(Node node) {
    return node.accept(KINDS);
  }

  private static final class Kinds implements NodeVisitor<Map<String, List<String>>> {

    public Map<String, List<String>> visit(Node.Say node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Menu node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Collect node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Lookup node) {
      return node.variable() == null ? Map.of() : Map.of("match", List.of(node.variable()));
    }

    public Map<String, List<String>> visit(Node.Branch node) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (int i = 0; i < node.cases().size(); i++) {
        List<String> paths = new ArrayList<>();
        node.cases().get(i).condition().paths(paths::add);
        out.put("when." + i + ".if", Collections.unmodifiableList(paths));
      }
      return Collections.unmodifiableMap(out);
    }

    public Map<String, List<String>> visit(Node.Reference node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Save node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Transfer node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Hangup node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Subflow node) {
      return Map.of();
    }

    public Map<String, List<String>> visit(Node.Return node) {
      return Map.of();
    }
  }
}
