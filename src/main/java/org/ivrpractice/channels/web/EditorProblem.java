package org.ivrpractice.channels.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.testing.lint.LintFinding;

/**
 * A problem of a flow file, or a lint finding, as the editor shows it: underlined at its line and
 * column and listed with its fix. A load problem is an {@code error} with no rule; a finding has
 * its rule's id and severity ({@code error}, {@code warning} or {@code info}).
 *
 * @param file the file it is in ({@code card-services.yaml})
 * @param line 1-based, or 0 when it concerns the file as a whole
 * @param column 1-based, or 0 with line 0
 * @param node the node it concerns, or null
 */
public record EditorProblem(
    String file,
    int line,
    int column,
    String node,
    String message,
    String fix,
    String severity,
    @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {

  static final String ERROR = "error";

  static EditorProblem of(Problem p) {
    return new EditorProblem(
        p.position().file(),
        p.position().line(),
        p.position().column(),
        p.nodeId(),
        p.message(),
        p.fix(),
        ERROR,
        null);
  }

  static EditorProblem of(LintFinding f) {
    return new EditorProblem(
        f.position().file(),
        f.position().line(),
        f.position().column(),
        f.nodeId(),
        f.message(),
        f.fix(),
        f.severity().label(),
        f.rule());
  }

  boolean isError() {
    return ERROR.equals(severity);
  }
}
