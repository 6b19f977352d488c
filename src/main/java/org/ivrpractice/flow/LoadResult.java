package org.ivrpractice.flow;

import java.util.List;
import java.util.Map;

/**
 * What loading flow files produced: the flows that are valid and every problem found.
 *
 * @param flows the loaded flows (phone lines and sub-flows) by id, with sub-flows linked
 * @param problems every problem in every file, in file and line order
 * @param sources for each flow, the texts of the files it was made of, by file name (its own file,
 *     its sub-flows' and their practice data): {@link FlowLoader#fromSources} makes it again
 */
public record LoadResult(
    Map<String, Flow> flows, List<Problem> problems, Map<String, Map<String, String>> sources) {

  /** A load's flows and problems, with no sources kept. */
  public LoadResult(Map<String, Flow> flows, List<Problem> problems) {
    this(flows, problems, Map.of());
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** The flow with this id; throws when there is none. */
  public Flow flow(String id) {
    Flow flow = flows.get(id);
    if (flow == null) {
      throw new IllegalArgumentException(
          "no flow " + id + "; problems: " + problems.stream().map(Problem::format).toList());
    }
    return flow;
  }
}
