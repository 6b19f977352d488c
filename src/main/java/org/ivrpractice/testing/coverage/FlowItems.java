package org.ivrpractice.testing.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;

/** Every item of one flow (its sub-flows count in their own right), in node order. */
final class FlowItems {

  private FlowItems() {}

  static List<CoverageItem> of(Flow flow) {
    List<CoverageItem> items = new ArrayList<>();
    for (Node node : flow.nodes().values()) {
      items.add(item(CoverageItem.Kind.NODE, node, null));
      if (node instanceof Node.Menu menu) {
        for (Node.Option option : menu.options()) {
          items.add(
              new CoverageItem(
                  CoverageItem.Kind.OPTION, node.id(), option.digit(), option.position()));
        }
      }
      if (node instanceof Node.Waiting waiting) {
        for (String escape : new TreeSet<>(waiting.input().escapes())) {
          items.add(item(CoverageItem.Kind.ESCAPE, node, escape));
        }
        items.add(item(CoverageItem.Kind.NO_INPUT, node, null));
        items.add(item(CoverageItem.Kind.NO_MATCH, node, null));
        items.add(item(CoverageItem.Kind.FALLBACK, node, null));
      }
      if (node instanceof Node.Transfer
          || node instanceof Node.Hangup
          || node instanceof Node.Return) {
        items.add(item(CoverageItem.Kind.ENDING, node, null));
      }
    }
    return items;
  }

  private static CoverageItem item(CoverageItem.Kind kind, Node node, String detail) {
    return new CoverageItem(kind, node.id(), detail, node.position());
  }
}
