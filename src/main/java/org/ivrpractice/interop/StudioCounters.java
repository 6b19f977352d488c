package org.ivrpractice.interop;

import java.util.regex.Pattern;

/**
 * How an exported menu counts no-input and no-match in Studio, which counts nothing itself: a
 * set-variables that zeroes both counters on the way in ({@code main__enter}), one that adds one on
 * each failure, and a split on the count that goes to the fallback past the limit. The import reads
 * the same pattern back as our retries.
 */
final class StudioCounters {

  static final String ENTER = "__enter";

  /** {@code {{flow.variables.k | plus: 1}}} */
  private static final Pattern INCREMENT =
      Pattern.compile("\\{\\{\\s*flow\\.variables\\.(\\w+)\\s*\\|\\s*plus:\\s*1\\s*}}");

  private StudioCounters() {}

  static String increment(String variable) {
    return "{{flow.variables." + variable + " | plus: 1}}";
  }

  /** True when the value adds one to this very variable. */
  static boolean isIncrement(String key, String value) {
    var m = INCREMENT.matcher(value == null ? "" : value.strip());
    return m.matches() && m.group(1).equals(key);
  }
}
