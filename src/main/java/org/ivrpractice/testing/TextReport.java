package org.ivrpractice.testing;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;

/**
 * A report for people, written as the scenarios run: each file, then {@code PASS} or {@code FAIL}
 * and each scenario's name and time; for a failure, the step with its place, what was expected,
 * what the caller heard and the call so far. It ends with the problems, if any, and a line {@code N
 * passed, M failed} alone (CI tools read it).
 */
public final class TextReport implements ScenarioListener {

  private static final String FAILURE_INDENT = "    ";

  private final PrintWriter out;

  public TextReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void fileStarted(ScenarioFile file) {
    out.println(file.file());
    out.flush();
  }

  @Override
  public void scenarioFinished(ScenarioResult result) {
    out.println(
        "  "
            + (result.passed() ? "PASS " : "FAIL ")
            + result.scenario().name()
            + " ("
            + result.duration().toMillis()
            + " ms)");
    if (!result.passed()) {
      failure(result).lines().forEach(line -> out.println(FAILURE_INDENT + line));
    }
    out.flush();
  }

  @Override
  public void suiteFinished(SuiteResult result) {
    if (!result.problems().isEmpty()) {
      out.println();
      out.println(problems(result.problems()));
    }
    out.println();
    out.println(summary(result));
    out.flush();
  }

  /** {@code N passed, M failed}. */
  public static String summary(SuiteResult result) {
    return result.passed() + " passed, " + result.failed() + " failed";
  }

  /**
   * Why a scenario failed: the step and its place, what was expected and what happened, what the
   * caller heard in the last turn, and the transcript so far.
   */
  public static String failure(ScenarioResult result) {
    StringBuilder text = new StringBuilder();
    ScenarioStep step = result.failedStep();
    if (step != null) {
      text.append(step.position()).append(": ").append(step.describe()).append('\n');
    } else {
      text.append(result.scenario().position())
          .append(": ")
          .append(result.scenario().name())
          .append('\n');
    }
    if (result.expected() != null) {
      text.append("expected: ").append(result.expected()).append('\n');
    }
    if (result.actual() != null) {
      text.append("actual:   ").append(result.actual()).append('\n');
    }
    text.append("heard:    ").append(heard(result.heard())).append('\n');
    text.append("transcript:\n");
    result.transcript().forEach(line -> text.append("  ").append(line).append('\n'));
    return text.toString();
  }

  /** Problems one a line, then how many there are in how many files. */
  public static String problems(List<Problem> problems) {
    return Problems.report(problems);
  }

  private static String heard(List<String> prompts) {
    if (prompts.isEmpty()) {
      return "nothing";
    }
    return prompts.stream()
        .map(p -> "\"" + p + "\"")
        .collect(Collectors.joining("\n" + " ".repeat("heard:    ".length())));
  }
}
