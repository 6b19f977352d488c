package org.ivrpractice.testing.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.NodeVisitor;

/** Every item of one flow (its sub-flows count in their own right), in node order. */
final class FlowItems implements NodeVisitor<Void> {

  private final List<CoverageItem> items = new ArrayList<>();

  private FlowItems() {}

  static List<CoverageItem> of(Flow flow) {
    FlowItems items = new FlowItems();
    for (Node node : flow.nodes().values()) {
      items.add(CoverageItem.Kind.NODE, node, null);
      node.accept(items);
    }
    return items.items;
  }

  public Void visit(Node.Say node) {
    return null;
  }

  public Void visit(Node.Menu node) {
    for (Node.Option option : node.options()) {
      items.add(
          new CoverageItem(CoverageItem.Kind.OPTION, node.id(), option.digit(), option.position()));
    }
    return waiting(node);
  }

  public Void visit(Node.Collect node) {
    return waiting(node);
  }

  public Void visit(Node.Lookup node) {
    return null;
  }

  public Void visit(Node.Branch node) {
    return null;
  }

  public Void visit(Node.Reference node) {
    return null;
  }

  public Void visit(Node.Save node) {
    return null;
  }

  public Void visit(Node.Transfer node) {
    return ending(node);
  }

  public Void visit(Node.Hangup node) {
    return ending(node);
  }

  public Void visit(Node.Subflow node) {
    return null; // its sub-flow's items are that flow's
  }

  public Void visit(Node.Return node) {
    return ending(node);
  }

  private Void waiting(Node.Waiting node) {
    for (String escape : new TreeSet<>(node.input().escapes())) {
      add(CoverageItem.Kind.ESCAPE, node, escape);
    }
    add(CoverageItem.Kind.NO_INPUT, node, null);
    add(CoverageItem.Kind.NO_MATCH, node, null);
    add(CoverageItem.Kind.FALLBACK, node, null);
    return null;
  }

  private Void ending(Node node) {
    add(CoverageItem.Kind.ENDING, node, null);
    return null;
  }

  private void add(CoverageItem.Kind kind, Node node, String detail) {
    items.add(new CoverageItem(kind, node.id(), detail, node.position()));
  }
}
