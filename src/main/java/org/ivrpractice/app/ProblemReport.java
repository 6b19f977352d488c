package org.ivrpractice.app;

import java.util.List;
import java.util.stream.Collectors;
import org.ivrpractice.flow.Problem;

/** Problems as a person reads them: one a line, then a count. */
final class ProblemReport {

  private ProblemReport() {}

  static String format(List<Problem> problems) {
    long files = problems.stream().map(p -> p.position().file()).distinct().count();
    return problems.stream().map(Problem::format).collect(Collectors.joining("\n"))
        + "\n"
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in "
        + files
        + (files == 1 ? " file." : " files.");
  }
}
