package org.ivrpractice.channels.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.testing.diff.CallerDiff;
import org.ivrpractice.testing.diff.CallerView;

/**
 * What a draft changes for callers, against the revision the line serves now: the same report as
 * {@code diff} (quickest routes and what is heard on them, both locales, time-to-agent changes).
 * The saved side is explored once per revision and kept, so that each comparison explores the draft
 * only.
 */
final class DraftChanges {

  /**
   * The editor's answer.
   *
   * @param against the revision the draft is compared with (the line's current one)
   * @param ok false when the draft has problems (the report lists them)
   * @param changed true when a caller would notice
   * @param report the report, as {@code diff} prints it
   */
  record ChangesView(String against, boolean ok, boolean changed, String report) {}

  /** How many saved revisions' explorations are kept. */
  private static final int KEPT = 8;

  private final FlowCatalog catalog;
  private final Map<String, CallerView> saved =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallerView> eldest) {
          return size() > KEPT;
        }
      };

  DraftChanges(FlowCatalog catalog) {
    this.catalog = catalog;
  }

  ChangesView of(String lineId, String yaml) {
    FlowRevision current =
        catalog.current(lineId).orElseThrow(() -> ApiProblem.notFound(catalog.noSuchLine(lineId)));
    Map<String, String> files = new TreeMap<>(FlowLoader.folderTexts(catalog.folder()));
    files.put(lineId + ".yaml", yaml);
    // The line and what it calls, as a revision of it is made: one load, nothing else explored.
    LoadResult draft = FlowLoader.fromSources(files, List.of(lineId + ".yaml"));
    CallerDiff diff = CallerDiff.between(savedView(current), CallerView.of(draft));
    return new ChangesView(current.id(), diff.ok(), diff.changed(), diff.report());
  }

  private CallerView savedView(FlowRevision current) {
    synchronized (saved) {
      CallerView view = saved.get(current.id());
      if (view == null) {
        view = CallerView.of(FlowRevision.load(current.sources()));
        saved.put(current.id(), view);
      }
      return view;
    }
  }
}
