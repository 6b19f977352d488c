package org.ivrpractice.testing;

import java.util.List;
import org.ivrpractice.flow.Problem;

/**
 * How a run of scenario files went.
 *
 * @param files the files that ran (those without problems)
 * @param results every scenario's result, in file order
 * @param problems the problems that kept files from running, and those of the flows they test
 */
public record SuiteResult(
    List<ScenarioFile> files, List<ScenarioResult> results, List<Problem> problems) {

  public SuiteResult {
    files = List.copyOf(files);
    results = List.copyOf(results);
    problems = List.copyOf(problems);
  }

  public long passed() {
    return results.stream().filter(ScenarioResult::passed).count();
  }

  public long failed() {
    return results.size() - passed();
  }

  /** True when every scenario passed and nothing had a problem. */
  public boolean ok() {
    return failed() == 0 && problems.isEmpty();
  }
}
