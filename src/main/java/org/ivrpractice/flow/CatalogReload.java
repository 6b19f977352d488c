package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a reload of the flows folder did, line by line.
 *
 * @param live the lines whose new revision now serves new calls
 * @param refused the lines whose edit was refused (they keep their last good revision), with the
 *     problems of the edit
 * @param removed the lines that are gone (their files were removed)
 * @param problems every problem of the load (a new line's too)
 */
public record CatalogReload(
    List<FlowRevision> live,
    Map<String, List<Problem>> refused,
    List<String> removed,
    List<Problem> problems) {

  static CatalogReload between(CatalogState before, CatalogState after) {
    List<FlowRevision> live = new ArrayList<>();
    after.lines().values().stream()
        .filter(r -> !after.refused().containsKey(r.flowId()))
        .filter(r -> before.lines().get(r.flowId()) != r)
        .forEach(live::add);
    List<String> removed =
        before.lines().keySet().stream().filter(id -> !after.lines().containsKey(id)).toList();
    return new CatalogReload(
        List.copyOf(live), after.refused(), removed, after.result().problems());
  }

  /** True when nothing a caller gets changed and nothing was refused. */
  public boolean unchanged() {
    return live.isEmpty() && refused.isEmpty() && removed.isEmpty();
  }
}
