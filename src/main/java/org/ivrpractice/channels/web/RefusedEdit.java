package org.ivrpractice.channels.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.Problem;

/**
 * An edit of the flows the server refused, as the pages show it: the line (or, for a file that is
 * no line yet, none), the revision that keeps answering, and every problem as {@code check} prints
 * it.
 *
 * @param line the line whose edit was refused, or null for files that are not a line yet
 * @param revision the revision that keeps answering, or null
 * @param problems the problems, {@code file:line:column: [node] message. Fix: ...}
 */
public record RefusedEdit(String line, String revision, List<String> problems) {

  /** The refused edit of one line, if its last edit was refused. */
  static Optional<RefusedEdit> of(FlowCatalog flows, String lineId) {
    List<Problem> problems = flows.refused(lineId);
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    String revision = flows.current(lineId).map(FlowRevision::id).orElse(null);
    return Optional.of(
        new RefusedEdit(lineId, revision, problems.stream().map(Problem::format).toList()));
  }

  /**
   * Every refused edit, line by line, then the problems of files that are no line yet (a new flow
   * file with a mistake); empty when the last load had no problem.
   */
  static List<RefusedEdit> all(FlowCatalog flows) {
    List<RefusedEdit> out = new ArrayList<>();
    Set<Problem> shown = new HashSet<>();
    flows
        .refused()
        .forEach(
            (line, problems) -> {
              of(flows, line).ifPresent(out::add);
              shown.addAll(problems);
            });
    List<String> others =
        flows.problems().stream().filter(p -> !shown.contains(p)).map(Problem::format).toList();
    if (!others.isEmpty()) {
      out.add(new RefusedEdit(null, null, others));
    }
    return out;
  }
}
