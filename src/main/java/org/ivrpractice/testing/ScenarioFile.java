package org.ivrpractice.testing;

import java.util.List;

/**
 * A scenario file, read and checked against the flows: {@code <flowId>.scenarios.yaml}.
 *
 * @param flowId the flow every scenario calls
 * @param seed the seed of every call (for reference numbers)
 * @param file the file's name, as problems and reports give it
 * @param scenarios the scenarios, in file order
 */
public record ScenarioFile(String flowId, long seed, String file, List<Scenario> scenarios) {

  /** The seed when a file gives none. */
  public static final long DEFAULT_SEED = 1;

  public ScenarioFile {
    scenarios = List.copyOf(scenarios);
  }
}
