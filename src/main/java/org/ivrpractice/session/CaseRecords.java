package org.ivrpractice.session;

import java.util.concurrent.CompletionStage;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.SavedRecord;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;

/**
 * Settles a step of a {@linkplain Engine#pausing() pausing} engine with the case store: saves the
 * records the step saved, then answers each lookup of saved records it stopped at, until the call
 * waits for the caller or ends. Every channel that keeps calls in a store settles each step here
 * before it answers, so a reference the caller hears is already saved.
 */
public final class CaseRecords {

  private final Engine engine;
  private final CaseStore cases;

  public CaseRecords(Engine engine, CaseStore cases) {
    this.engine = engine;
    this.cases = cases;
  }

  /** The step with its saves kept and its lookups answered, as one turn. */
  public CompletionStage<Step> settle(Flow flow, Step step) {
    return settle(flow, step, step.turn(), 0);
  }

  private CompletionStage<Step> settle(Flow flow, Step whole, Turn latest, int looked) {
    if (latest.saves().isEmpty() && latest.needs() == null) {
      return Async.done(whole); // most turns: nothing to save, nothing to look up
    }
    CompletionStage<Void> saved = Async.done();
    for (SavedRecord record : latest.saves()) {
      saved = saved.thenCompose(done -> cases.save(record));
    }
    if (latest.needs() == null) {
      return saved.thenApply(done -> whole);
    }
    if (looked >= Engine.MAX_LOOKUPS) {
      return Async.failed(
          new IllegalStateException("flow " + flow.id() + " loops through its lookups"));
    }
    return saved
        .thenCompose(done -> cases.find(latest.needs()))
        .thenCompose(
            found -> {
              Step next = engine.answer(flow, whole.state(), found.orElse(null));
              return settle(flow, Engine.then(whole, next), next.turn(), looked + 1);
            });
  }
}
