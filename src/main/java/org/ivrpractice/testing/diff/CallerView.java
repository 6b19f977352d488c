package org.ivrpractice.testing.diff;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.testing.explore.CallerRoutes;

/**
 * What callers meet on every phone line of a load (its {@link CallerRoutes}), or the load's
 * problems. One side of a {@link CallerDiff}; worked out once, it can be compared with many.
 *
 * @param lines each phone line's routes, by line id (sub-flows are met through the lines)
 * @param problems the load's problems; when there are any, nothing is compared
 */
public record CallerView(Map<String, CallerRoutes> lines, List<Problem> problems) {

  public CallerView {
    lines = Collections.unmodifiableMap(new TreeMap<>(lines));
    problems = List.copyOf(problems);
  }

  /** Explores every phone line of the load (none when the load has problems). */
  public static CallerView of(LoadResult load) {
    Map<String, CallerRoutes> lines = new TreeMap<>();
    if (load.ok()) {
      for (Flow flow : load.flows().values()) {
        if (!flow.isSubflow()) {
          lines.put(flow.id(), CallerRoutes.of(flow));
        }
      }
    }
    return new CallerView(lines, load.problems());
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
