package org.ivrpractice.flow;

import java.util.List;
import java.util.Map;

/**
 * What loading flow files produced: the flows that are valid and every problem found.
 *
 * @param flows the loaded flows (phone lines and sub-flows) by id, with sub-flows linked
 * @param problems every problem in every file, in file and line order
 */
public record LoadResult(Map<String, Flow> flows, List<Problem> problems) {

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
