package org.ivrpractice.testing;

import java.time.Duration;
import java.util.List;

/**
 * Runs scenarios through a {@link CallDriver}: one call per scenario, step by step, stopping at the
 * first step that fails. An error of the call (an exception from the driver) fails the scenario; it
 * does not end the run. Listeners hear of each scenario and each passed step.
 */
public final class ScenarioRunner {

  private final CallDriver driver;
  private final List<ScenarioListener> listeners;

  public ScenarioRunner(CallDriver driver, List<ScenarioListener> listeners) {
    this.driver = driver;
    this.listeners = List.copyOf(listeners);
  }

  public ScenarioRunner(CallDriver driver) {
    this(driver, List.of());
  }

  /** Runs one scenario of {@code file} (a call to the file's flow with the file's seed). */
  public ScenarioResult run(ScenarioFile file, Scenario scenario) {
    listeners.forEach(l -> l.scenarioStarted(file, scenario));
    long started = System.nanoTime();
    ScriptedCall call = new ScriptedCall(driver);
    ScriptedCall.Miss miss = null;
    ScenarioStep failed = null;
    try {
      call.start(file.flowId(), scenario.locale(), file.seed());
    } catch (RuntimeException e) {
      miss = new ScriptedCall.Miss(null, "the call could not start: " + message(e));
    }
    for (int i = 0; miss == null && i < scenario.steps().size(); i++) {
      ScenarioStep step = scenario.steps().get(i);
      try {
        miss = step.accept(call);
      } catch (RuntimeException e) {
        miss = new ScriptedCall.Miss(null, "the call failed: " + message(e));
      }
      if (miss != null) {
        failed = step;
      } else {
        listeners.forEach(l -> l.stepPassed(scenario, step, call.view()));
      }
    }
    ScenarioResult result =
        new ScenarioResult(
            scenario,
            miss == null,
            failed,
            miss == null ? null : miss.expected(),
            miss == null ? null : miss.actual(),
            call.heard(),
            call.transcript(),
            Duration.ofNanos(System.nanoTime() - started));
    listeners.forEach(l -> l.scenarioFinished(result));
    return result;
  }

  private static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
