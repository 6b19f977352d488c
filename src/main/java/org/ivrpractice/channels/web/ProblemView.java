package org.ivrpractice.channels.web;

import org.ivrpractice.flow.Problem;

/**
 * A problem of a flow file as the API gives it: where (file, line, column, node), what is wrong and
 * how to fix it, and the same as one line, as {@code check} prints it.
 *
 * @param file the file's name
 * @param line the line (1-based; 0 when unknown)
 * @param column the column (1-based; 0 when unknown)
 * @param node the node it concerns, or null
 * @param message what is wrong
 * @param fix how to put it right, or null
 * @param text the problem as one line: {@code file:line:column: [node] message. Fix: fix}
 */
public record ProblemView(
    String file, int line, int column, String node, String message, String fix, String text) {

  static ProblemView of(Problem p) {
    String file = p.position().file();
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return new ProblemView(
        file.substring(slash + 1),
        p.position().line(),
        p.position().column(),
        p.nodeId(),
        p.message(),
        p.fix(),
        p.format());
  }
}
