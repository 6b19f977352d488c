package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loader's problems for small flows written inline, and the files the tests of each check
 * share: a practice data file and a sub-flow.
 */
final class FlowProblems {

  static final String PRACTICE_DATA =
      """
      tables:
        cards:
          - number: "378282246310005"
            holder: Alex Rivera
            tier: Green
      """;

  static final String VERIFY_SUBFLOW =
      """
      id: verify
      exits: [verified, failed]
      nodes:
        ask-pin:
          type: collect
          prompt: "Please enter your PIN."
          length: 4
          into: pin
          fallback: failed
          next: verified
        verified: { type: return, exit: verified }
        failed: { type: return, exit: failed }
      """;

  private FlowProblems() {}

  /** Loads {@code line.yaml} alone and asserts exactly these problems, in order. */
  static void assertProblems(String lineYaml, String... expected) {
    assertProblems(Map.of("line.yaml", lineYaml), expected);
  }

  /** Loads the files (name to YAML) and asserts exactly these problems, in order. */
  static void assertProblems(Map<String, String> files, String... expected) {
    assertEquals(List.of(expected), problems(files));
  }

  static void assertNoProblems(Map<String, String> files) {
    assertEquals(List.of(), problems(new LinkedHashMap<>(files)));
  }

  private static List<String> problems(Map<String, String> files) {
    return FlowLoader.fromSources(files).problems().stream().map(Problem::format).toList();
  }
}
