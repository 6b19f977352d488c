package org.ivrpractice.app;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.session.CallAnalytics;
import org.ivrpractice.testing.CallObserver;

/**
 * Records the calls of scenario runs ({@code test}) as the {@code scripted} channel's: each call's
 * trace, its turns in the metrics, and its summary in the call log once it ends. A scenario that
 * stops before its call ends leaves no summary (it is a script that stopped, not a caller who hung
 * up); its turns are still counted.
 */
public final class ScriptedCalls implements CallObserver {

  /** The channel's name in the call metrics and the call log. */
  public static final String CHANNEL = "scripted";

  private final CallAnalytics analytics;

  public ScriptedCalls(CallAnalytics analytics) {
    this.analytics = analytics;
  }

  /**
   * The recorder of the running application's calls, or {@link CallObserver#NONE} outside one (a
   * command's code run on its own).
   */
  static CallObserver ofApplication() {
    CallAnalytics analytics = analyticsOfApplication();
    return analytics == null ? CallObserver.NONE : new ScriptedCalls(analytics);
  }

  /** The running application's call recorder, or null outside one. */
  static CallAnalytics analyticsOfApplication() {
    ArcContainer container = Arc.container();
    return container == null ? null : container.instance(CallAnalytics.class).get();
  }

  @Override
  public Call started(Flow line, String locale, Turn first) {
    return new Recorded(line.id(), analytics.started(CHANNEL, locale, null, first, null), first);
  }

  /** One scenario's call while it runs. */
  private final class Recorded implements Call {
    private final String line;
    private CallTrace trace;

    Recorded(String line, CallTrace trace, Turn first) {
      this.line = line;
      this.trace = trace;
      analytics.began(line, null, trace, first);
    }

    @Override
    public void took(Input input, Turn turn) {
      trace = analytics.after(trace, input, turn, null);
      analytics.kept(line, null, trace, turn);
    }
  }
}
