package org.ivrpractice.interop;

import java.util.List;
import java.util.Map;

/** The practice data file an import writes: a table per lookup, one record per branch. */
final class PracticeDataYaml {

  private PracticeDataYaml() {}

  static String text(String flowId, String tool, Map<String, List<Map<String, String>>> tables) {
    StringBuilder out =
        new StringBuilder("# yaml-language-server: $schema=practice-data.schema.json\n");
    out.append("#\n# Practice data for ")
        .append(flowId)
        .append(".yaml, written by the import from ")
        .append(tool)
        .append(".\n")
        .append("# Each table stands in for a function or request the original calls: one record")
        .append(" per way\n# the flow goes on after it. Fill in the \"(fill in ...)\" values; a")
        .append(" caller who enters a\n# value no record has takes the failure branch.\n")
        .append("tables:\n");
    tables.forEach(
        (name, rows) -> {
          out.append("  ").append(name).append(":\n");
          for (Map<String, String> row : rows) {
            String prefix = "    - ";
            for (var e : row.entrySet()) {
              out.append(prefix)
                  .append(e.getKey())
                  .append(": ")
                  .append(FlowYaml.quote(e.getValue()))
                  .append('\n');
              prefix = "      ";
            }
          }
        });
    return out.toString();
  }
}
