package org.ivrpractice.channels.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ivrpractice.flow.Problem;

/**
 * A stand-in for {@code FlowCatalog.draft(flowId, yaml)}, which is coming with the simulator's
 * draft revisions: same shape, so that {@code POST /api/flows/{id}/drafts} compiles and answers
 * now. It checks the draft and names a revision, but nothing runs that revision yet: the simulator
 * opened on it calls the flow as it is on disk. Deleted when {@code FlowCatalog.draft} arrives.
 */
final class DraftStandIn {

  /** As {@code FlowCatalog.DraftResult}: the revision, or null and the problems. */
  record DraftResult(String revision, List<Problem> problems) {}

  private DraftStandIn() {}

  static DraftResult draft(FlowFiles files, String flowId, String yaml) {
    String file = files.fileOf(flowId).orElseThrow();
    DraftCheck check = DraftCheck.of(files, flowId, file, yaml);
    if (check.flow() == null) {
      return new DraftResult(null, check.loaded().problems());
    }
    String hash = FlowFiles.sha256(yaml.getBytes(StandardCharsets.UTF_8));
    return new DraftResult("draft-" + hash.substring(0, 12), List.of());
  }
}
