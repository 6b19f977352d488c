package org.ivrpractice.testing.coverage;

import java.util.List;
import java.util.Locale;

/**
 * A coverage report as JSON, for tools and CI dashboards (written by hand: the core needs no JSON
 * library for this). Shape:
 *
 * <pre>
 * {"flows": [{"flow": "hello", "file": "ivr-flows/hello.yaml",
 *   "kinds": {"node": {"total": 4, "covered": 4, "percent": 100.0}, ...},
 *   "missing": [{"kind": "option", "node": "main", "detail": "2", "at": "hello.yaml:12:9"}]}]}
 * </pre>
 */
public final class CoverageJson {

  private CoverageJson() {}

  public static String write(CoverageReport report) {
    StringBuilder out = new StringBuilder("{\n  \"flows\": [");
    List<CoverageReport.FlowCoverage> flows = report.flows();
    for (int i = 0; i < flows.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append(flow(flows.get(i)));
    }
    return out.append("\n  ]\n}\n").toString();
  }

  private static String flow(CoverageReport.FlowCoverage flow) {
    StringBuilder out = new StringBuilder("    {\"flow\": ");
    out.append(string(flow.flowId())).append(", \"file\": ").append(string(flow.file()));
    out.append(",\n     \"kinds\": {");
    CoverageItem.Kind[] kinds = CoverageItem.Kind.values();
    for (int k = 0; k < kinds.length; k++) {
      CoverageItem.Kind kind = kinds[k];
      out.append(k == 0 ? "" : ", ")
          .append(string(kind.label()))
          .append(
              String.format(
                  Locale.ROOT,
                  ": {\"total\": %d, \"covered\": %d, \"percent\": %.1f}",
                  flow.total(kind),
                  flow.covered(kind),
                  flow.percent(kind)));
    }
    out.append("},\n     \"missing\": [");
    for (int m = 0; m < flow.missing().size(); m++) {
      CoverageItem item = flow.missing().get(m);
      out.append(m == 0 ? "" : ",")
          .append("\n       {\"kind\": ")
          .append(string(item.kind().label()))
          .append(", \"node\": ")
          .append(string(item.node()))
          .append(", \"detail\": ")
          .append(item.detail() == null ? "null" : string(item.detail()))
          .append(", \"at\": ")
          .append(string(item.position().toString()))
          .append('}');
    }
    return out.append("]}").toString();
  }

  /**
   * A JSON string literal (control characters escaped), which is also a YAML double-quoted string.
   */
  public static String string(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
