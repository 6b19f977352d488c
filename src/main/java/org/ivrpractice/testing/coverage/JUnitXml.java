package org.ivrpractice.testing.coverage;

import java.util.List;
import java.util.Locale;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.testing.ScenarioFile;
import org.ivrpractice.testing.ScenarioResult;
import org.ivrpractice.testing.SuiteResult;
import org.ivrpractice.testing.TextReport;

/**
 * A scenario run as JUnit XML, the format CI servers show as test results: one {@code testsuite}
 * per scenario file, one {@code testcase} per scenario, the failure text the {@code test} command
 * prints, and one more suite for the problems that kept files from running.
 */
public final class JUnitXml {

  private JUnitXml() {}

  public static String write(SuiteResult result) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<testsuites name=\"scenarios\" tests=\"%d\" failures=\"%d\" errors=\"%d\">%n",
            result.results().size(),
            result.failed(),
            result.problems().size()));
    for (ScenarioFile file : result.files()) {
      List<ScenarioResult> mine =
          result.results().stream().filter(r -> file.scenarios().contains(r.scenario())).toList();
      out.append(suite(file, mine));
    }
    if (!result.problems().isEmpty()) {
      out.append(problems(result.problems()));
    }
    return out.append("</testsuites>\n").toString();
  }

  private static String suite(ScenarioFile file, List<ScenarioResult> results) {
    long failures = results.stream().filter(r -> !r.passed()).count();
    double seconds = results.stream().mapToLong(r -> r.duration().toNanos()).sum() / 1e9;
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\""
                    + " time=\"%.3f\">%n",
                escape(file.file()),
                results.size(),
                failures,
                seconds));
    for (ScenarioResult r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
              escape(file.flowId()),
              escape(r.scenario().name()),
              r.duration().toNanos() / 1e9));
      if (r.passed()) {
        out.append("/>\n");
      } else {
        out.append(">\n      <failure message=\"")
            .append(
                escape(r.expected() == null ? "the scenario failed" : "expected " + r.expected()))
            .append("\">")
            .append(escape(TextReport.failure(r)))
            .append("</failure>\n    </testcase>\n");
      }
    }
    return out.append("  </testsuite>\n").toString();
  }

  private static String problems(List<Problem> problems) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "  <testsuite name=\"problems\" tests=\"%d\" failures=\"0\" errors=\"%d\">%n",
                problems.size(),
                problems.size()));
    for (Problem p : problems) {
      out.append("    <testcase classname=\"problems\" name=\"")
          .append(escape(p.position().toString()))
          .append("\">\n      <error message=\"")
          .append(escape(p.format()))
          .append("\"/>\n    </testcase>\n");
    }
    return out.append("  </testsuite>\n").toString();
  }

  /** Text safe inside XML attributes and elements. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }
}
