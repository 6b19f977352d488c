package org.ivrpractice.testing;

import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;

/**
 * Watches the calls an {@link EngineDriver} places, for whoever records them (the {@code test}
 * command records scenario runs as the {@code scripted} channel's calls; the editor's draft runs
 * and the analysis page's are not recorded, so they use {@link #NONE}). Like a listener, it only
 * watches: it must not throw.
 */
public interface CallObserver {

  /** Watches nothing. */
  CallObserver NONE = (line, locale, first) -> (input, turn) -> {};

  /**
   * A call to {@code line} started in {@code locale} with the turn {@code first}; gives what
   * watches the rest of that call.
   */
  Call started(Flow line, String locale, Turn first);

  /** One call being watched. */
  @FunctionalInterface
  interface Call {
    /** The caller's input, and the turn the engine gave for it. */
    void took(Input input, Turn turn);
  }
}
