package org.ivrpractice.interop;

import java.util.List;
import org.ivrpractice.interop.StudioFlow.Widget;

/**
 * {@code run-subflow}: Studio names the sub-flow by its SID, which an offline import cannot read,
 * so a practice stand-in is written beside the flow (a menu that lets the caller choose how the
 * sub-flow ended), to be replaced by the import of the real sub-flow.
 */
final class StudioSubflows {

  private final StudioContext context;

  StudioSubflows(StudioContext context) {
    this.context = context;
  }

  void convert(Widget w) {
    String id = context.flowId + "-" + w.id().toLowerCase();
    String sid = w.property("flow_sid") == null ? "(no flow_sid)" : w.property("flow_sid");
    context.extraFiles.put(id + ".yaml", standIn(id, sid));
    context.out.node(
        w.id(),
        StudioGathers.origin(w) + " Sub-flow " + sid + ": a stand-in until it is imported.",
        List.of(
            "type: subflow",
            "flow: " + id,
            "exits: { completed: "
                + context.target(w, "completed")
                + ", failed: "
                + context.target(w, "failed")
                + " }"));
  }

  private static String standIn(String id, String sid) {
    return """
        # yaml-language-server: $schema=ivr-flow.schema.json
        # A practice stand-in for the Studio sub-flow %s, written by 'import studio'.
        # Replace it with the import of that sub-flow (give its file this name and these exits).
        id: %s
        name: "Stand-in for Studio sub-flow %s"
        exits: [completed, failed]
        escapes: { agent: false, repeat: false }
        nodes:
          outcome:
            type: menu
            prompt: "This stands in for a Studio sub-flow. If it completed, press 1. If it failed, press 2."
            options:
              - { digit: "1", label: "completed", goto: completed }
              - { digit: "2", label: "failed", goto: failed }
            fallback: failed
          completed: { type: return, exit: completed }
          failed: { type: return, exit: failed }
        """
        .formatted(sid, id, sid);
  }
}
