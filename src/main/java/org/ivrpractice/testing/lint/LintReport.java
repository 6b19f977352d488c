package org.ivrpractice.testing.lint;

import java.util.Comparator;
import java.util.List;

/**
 * What the lint found in some flows.
 *
 * @param findings what is to be looked at, by file and line
 * @param silenced findings that a node's {@code lint: { ignore: ... }} silenced, with a reason
 */
public record LintReport(List<LintFinding> findings, List<LintFinding> silenced) {

  public LintReport {
    Comparator<LintFinding> order =
        Comparator.comparing((LintFinding f) -> f.position().file())
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(LintFinding::rule);
    findings = findings.stream().sorted(order).distinct().toList();
    silenced = silenced.stream().sorted(order).distinct().toList();
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when there is no error (warnings and infos do not fail a check). */
  public boolean ok() {
    return count(Severity.ERROR) == 0;
  }

  /** {@code Lint: 0 errors, 3 warnings, 0 infos; 2 silenced.} */
  public String summary() {
    return "Lint: "
        + plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARNING), "warning")
        + ", "
        + plural(count(Severity.INFO), "info")
        + "; "
        + plural(silenced.size(), "finding")
        + " silenced by a node's 'lint: ignore' (each gives its reason; the flow page lists"
        + " them).";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
