package org.ivrpractice.interop;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.testing.lint.LintFinding;

/**
 * What an import made: the files to write (the flow, its practice data, stand-ins for sub-flows),
 * or every problem that kept it from being made; and the traps found in the original either way.
 *
 * @param flowId the id of the flow written ({@code <flowId>.yaml})
 * @param files file name to text; empty when there are problems
 * @param problems what could not be converted, each with its place in the source file
 * @param traps lint-style warnings about the original flow, each naming its widget or block
 */
public record ImportResult(
    String flowId, Map<String, String> files, List<Problem> problems, List<LintFinding> traps) {

  public ImportResult {
    files = Map.copyOf(files);
    problems = List.copyOf(problems);
    traps = List.copyOf(traps);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** The problems as {@code check} prints them, then the traps; empty when there are none. */
  public String report() {
    StringBuilder out = new StringBuilder();
    if (!problems.isEmpty()) {
      out.append(Problems.report(problems)).append('\n');
    }
    traps.forEach(t -> out.append(t.format()).append('\n'));
    return out.toString();
  }
}
