package org.ivrpractice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a valid flow of exactly {@code N} nodes (default 5,000) for the flow-tooling timings: a
 * welcome, then a tree of menus of three options, each option setting a variable and going to a say
 * that reads it back and leads to the next menu or, at the leaves, to one of three transfers. Every
 * node is reachable and every call ends.
 *
 * <p>Usage: {@code LargeFlow OUT_DIR [NODES]}; writes {@code OUT_DIR/large.yaml}.
 */
public final class LargeFlow {

  static final int FAN_OUT = 3;

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("large.yaml"), yaml(nodes));
  }

  /**
   * welcome + menus + three says per menu + three transfers = nodes, so menus = (nodes - 4) / 4.
   */
  static String yaml(int nodes) {
    int menus = (nodes - 4) / (1 + FAN_OUT);
    int says = nodes - 4 - menus; // the remainder, if any, becomes says at the last menus' options
    StringBuilder y = new StringBuilder();
    y.append("id: large\nname: Large generated line\nlocales: [en-US]\n");
    y.append("queues:\n");
    y.append("  agents: { label: Customer care, wait: 60 }\n");
    y.append("  sales: { label: Sales, wait: 60 }\n");
    y.append("  billing: { label: Billing, wait: 60 }\n");
    y.append("nodes:\n");
    y.append("  welcome:\n    type: say\n    prompt: \"Welcome to the large practice line.\"\n");
    y.append("    next: m0\n");
    int say = 0;
    for (int m = 0; m < menus; m++) {
      y.append("  m").append(m).append(":\n    type: menu\n    options:\n");
      int options = m == menus - 1 ? says - say : FAN_OUT;
      for (int o = 1; o <= options; o++) {
        String topic = m + "." + o;
        y.append("      - { digit: ")
            .append(o)
            .append(", label: \"topic ")
            .append(topic)
            .append("\", set: { topic: \"")
            .append(topic)
            .append("\" }, goto: s")
            .append(say + o - 1)
            .append(" }\n");
      }
      for (int o = 0; o < options; o++, say++) {
        int child = say + 1; // the tree in breadth-first order: say k leads to menu k + 1
        String next =
            child < menus ? "m" + child : new String[] {"agent", "sales", "billing"}[say % 3];
        y.append("  s")
            .append(say)
            .append(":\n    type: say\n    prompt: \"You chose topic {topic}.\"\n")
            .append("    next: ")
            .append(next)
            .append('\n');
      }
    }
    y.append("  agent:\n    type: transfer\n    queue: agents\n    prompt: \"Please hold.\"\n");
    y.append("  sales:\n    type: transfer\n    queue: sales\n    prompt: \"Please hold.\"\n");
    y.append("  billing:\n    type: transfer\n    queue: billing\n    prompt: \"Please hold.\"\n");
    return y.toString();
  }

  private LargeFlow() {}
}
