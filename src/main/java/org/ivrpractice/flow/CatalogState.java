package org.ivrpractice.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a catalog serves after a load: the current revision of each line, and the problems of the
 * lines whose last edit was refused (they keep serving their last good revision).
 *
 * @param result the latest load of the folder
 * @param lines the current revision of each line, by line id, in id order
 * @param refused for each line whose last edit was refused, that edit's problems
 * @param generation how many loads came before this one
 */
record CatalogState(
    LoadResult result,
    Map<String, FlowRevision> lines,
    Map<String, List<Problem>> refused,
    long generation) {

  /** The first load: the lines that load are current; there is nothing to fall back to. */
  static CatalogState first(LoadResult result, Instant now) {
    Map<String, FlowRevision> lines = new TreeMap<>();
    result.flows().values().stream()
        .filter(f -> !f.isSubflow())
        .forEach(f -> lines.put(f.id(), revision(result, f, now)));
    return new CatalogState(result, Collections.unmodifiableMap(lines), Map.of(), 0);
  }

  /**
   * A later load: each line that loads is current (the same revision object when its sources did
   * not change); a line that does not load but whose files have problems keeps its revision and the
   * problems; a line whose files are gone without a problem is gone.
   */
  CatalogState next(LoadResult load, Instant now) {
    Map<String, FlowRevision> next = new TreeMap<>();
    Map<String, List<Problem>> refusedNow = new TreeMap<>();
    for (Flow flow : load.flows().values()) {
      if (flow.isSubflow()) {
        continue;
      }
      FlowRevision fresh = revision(load, flow, now);
      FlowRevision old = lines.get(flow.id());
      next.put(flow.id(), old != null && old.id().equals(fresh.id()) ? old : fresh);
    }
    for (FlowRevision old : lines.values()) {
      if (next.containsKey(old.flowId())) {
        continue;
      }
      List<Problem> its = problemsOf(old, load.problems());
      if (!its.isEmpty()) {
        next.put(old.flowId(), old);
        refusedNow.put(old.flowId(), its);
      }
    }
    return new CatalogState(
        load,
        Collections.unmodifiableMap(next),
        Collections.unmodifiableMap(refusedNow),
        generation + 1);
  }

  private static FlowRevision revision(LoadResult load, Flow flow, Instant now) {
    return FlowRevision.of(flow, load.sources().getOrDefault(flow.id(), Map.of()), now);
  }

  /** The problems in a revision's files (or in the line's own file, however it is named now). */
  private static List<Problem> problemsOf(FlowRevision revision, List<Problem> problems) {
    Set<String> files = new HashSet<>(revision.sources().keySet());
    files.add(revision.flowId() + ".yaml");
    files.add(revision.flowId() + ".yml");
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      if (files.contains(p.position().fileName())) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
