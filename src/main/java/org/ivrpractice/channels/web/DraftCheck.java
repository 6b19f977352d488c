package org.ivrpractice.channels.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.practice.MissionLoader;
import org.ivrpractice.testing.lint.Linter;

/**
 * A draft of one flow file checked as {@code check} checks the folder: the folder is loaded in
 * memory with the draft in place of the file (so its sub-flows, practice data and the other flows
 * are the ones on disk), the draft's flow is linted when it loads, and its line's practice missions
 * are checked against it. What concerns the draft's file is told apart from what concerns others.
 *
 * @param flowId the flow the draft is of
 * @param file its file name ({@code card-services.yaml})
 * @param loaded the folder's load with the draft
 * @param problems the problems and lint findings of the draft's file, by line
 * @param otherFiles those of the other files: a sub-flow, another flow, the line's missions
 */
record DraftCheck(
    String flowId,
    String file,
    LoadResult loaded,
    List<EditorProblem> problems,
    List<EditorProblem> otherFiles) {

  static DraftCheck of(FlowFiles files, String flowId, String file, String yaml) {
    Map<String, String> texts = files.textsWith(file, yaml);
    LoadResult loaded = FlowLoader.fromSources(texts);
    List<EditorProblem> all = new ArrayList<>();
    loaded.problems().forEach(p -> all.add(EditorProblem.of(p)));
    Flow flow = loaded.flows().get(flowId);
    if (flow != null) {
      Linter.lint(List.of(flow)).findings().forEach(f -> all.add(EditorProblem.of(f)));
      if (!flow.isSubflow()) {
        String missions = flowId + MissionLoader.SUFFIX;
        files
            .textOf(missions)
            .ifPresent(
                text ->
                    MissionLoader.fromSources(Map.of(missions, text), Map.of(flowId, flow))
                        .problems()
                        .forEach(p -> all.add(EditorProblem.of(p))));
      }
    }
    return new DraftCheck(
        flowId,
        file,
        loaded,
        all.stream().filter(p -> p.file().equals(file)).toList(),
        all.stream().filter(p -> !p.file().equals(file)).toList());
  }

  /** The draft's flow, with its sub-flows linked; null when it does not load. */
  Flow flow() {
    return loaded.flows().get(flowId);
  }

  /** True when the draft loads and has no error of its own (warnings do not count). */
  boolean savable() {
    return flow() != null && problems.stream().noneMatch(EditorProblem::isError);
  }

  /** True when {@code check} would pass: the draft is savable and no other file has an error. */
  boolean ok() {
    return savable() && otherFiles.stream().noneMatch(EditorProblem::isError);
  }

  /** Every problem, the draft's first. */
  List<EditorProblem> everyProblem() {
    List<EditorProblem> out = new ArrayList<>(problems);
    out.addAll(otherFiles);
    return out;
  }

  /** The ids of the folder's flow files that did not load with the draft. */
  Set<String> unloadable(List<String> flowIds) {
    Set<String> ids = new TreeSet<>(flowIds);
    ids.removeAll(loaded.flows().keySet());
    return ids;
  }
}
