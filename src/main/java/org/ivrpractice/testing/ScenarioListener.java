package org.ivrpractice.testing;

/**
 * Observes a run of scenarios, for reports and progress. A listener only watches: it cannot change
 * or stop the run, and it must not throw (an exception would end the run for every file after it).
 * Every method does nothing unless overridden.
 */
public interface ScenarioListener {

  /** A scenario file (one without problems) is about to run. */
  default void fileStarted(ScenarioFile file) {}

  /** A scenario is about to run. */
  default void scenarioStarted(ScenarioFile file, Scenario scenario) {}

  /** A step passed; {@code call} is the call as it is after the step. */
  default void stepPassed(Scenario scenario, ScenarioStep step, CallView call) {}

  /** A scenario has run, passed or not. */
  default void scenarioFinished(ScenarioResult result) {}

  /** Every file has run; {@code result} also holds the problems that kept files from running. */
  default void suiteFinished(SuiteResult result) {}
}
