package org.ivrpractice.testing.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ivrpractice.testing.explore.TextTable;

/**
 * A coverage report for a terminal: one row per flow, one column per kind of item, then everything
 * that is not covered, flow by flow, each item with its place ({@code coverage.json} has the same).
 */
public final class CoverageTable {

  private CoverageTable() {}

  public static String format(CoverageReport report) {
    List<String[]> rows = new ArrayList<>();
    List<String> header =
        List.of(
            "flow", "nodes", "options", "escapes", "no-input", "no-match", "fallbacks", "endings");
    rows.add(header.toArray(String[]::new));
    for (CoverageReport.FlowCoverage flow : report.flows()) {
      List<String> row = new ArrayList<>(List.of(flow.flowId()));
      for (CoverageItem.Kind kind : CoverageItem.Kind.values()) {
        row.add(cell(flow, kind));
      }
      rows.add(row.toArray(String[]::new));
    }
    boolean[] right = new boolean[header.size()];
    java.util.Arrays.fill(right, true);
    right[0] = false;
    StringBuilder out = new StringBuilder("Coverage\n");
    out.append(TextTable.render(rows, "  ", right));
    out.append(missing(report));
    return out.toString();
  }

  private static String cell(CoverageReport.FlowCoverage flow, CoverageItem.Kind kind) {
    int total = flow.total(kind);
    if (total == 0) {
      return "-";
    }
    return String.format(
        Locale.ROOT, "%d/%d %3d%%", flow.covered(kind), total, flow.wholePercent(kind));
  }

  private static String missing(CoverageReport report) {
    StringBuilder out = new StringBuilder();
    for (CoverageReport.FlowCoverage flow : report.flows()) {
      List<CoverageItem> shown = flow.missing();
      if (!shown.isEmpty()) {
        out.append("  Not covered in ").append(flow.flowId()).append(":\n");
        for (CoverageItem i : shown) {
          out.append("    ").append(i.position()).append(": ").append(i.describe()).append('\n');
        }
      }
    }
    return out.toString();
  }
}
