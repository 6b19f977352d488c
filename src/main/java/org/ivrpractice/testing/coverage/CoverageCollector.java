package org.ivrpractice.testing.coverage;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Turn;

/**
 * Collects what calls exercised, from the events of their turns: give it to {@link
 * org.ivrpractice.testing.EngineDriver} to watch every turn of a scenario run. Each event counts
 * for the flow it happened in, so a sub-flow is covered by every line that calls it.
 */
public final class CoverageCollector implements Consumer<Turn> {

  private final Set<String> hits = new HashSet<>();

  @Override
  public synchronized void accept(Turn turn) {
    for (Event e : turn.events()) {
      switch (e.kind()) {
        case ENTERED -> {
          hit(e, CoverageItem.Kind.NODE, null);
          hit(e, CoverageItem.Kind.ENDING, null); // counts only for a return node
        }
        case OPTION -> hit(e, CoverageItem.Kind.OPTION, e.detail());
        case ESCAPE -> hit(e, CoverageItem.Kind.ESCAPE, e.detail());
        case NO_INPUT -> hit(e, CoverageItem.Kind.NO_INPUT, null);
        case NO_MATCH -> hit(e, CoverageItem.Kind.NO_MATCH, null);
        case FALLBACK -> hit(e, CoverageItem.Kind.FALLBACK, null);
        case ENDED -> hit(e, CoverageItem.Kind.ENDING, null);
        default -> {}
      }
    }
  }

  private void hit(Event e, CoverageItem.Kind kind, String detail) {
    hits.add(e.flowId() + "|" + new CoverageItem(kind, e.nodeId(), detail, null).key());
  }

  /** True when some call exercised the item of that flow. */
  synchronized boolean covered(String flowId, CoverageItem item) {
    return hits.contains(flowId + "|" + item.key());
  }
}
