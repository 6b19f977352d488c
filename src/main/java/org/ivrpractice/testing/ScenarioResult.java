package org.ivrpractice.testing;

import java.time.Duration;
import java.util.List;

/**
 * How a scenario ran.
 *
 * @param scenario the scenario
 * @param passed true when every step passed
 * @param failedStep the step that failed, or null (when it passed, or the call could not start)
 * @param expected what the failed step expected, such as {@code to hear "goodbye"} (null when it
 *     passed, or when the call failed with an error)
 * @param actual what happened instead, such as {@code it is at main-menu} (null when it passed, or
 *     when what was heard says it all)
 * @param heard the prompts of the last turn
 * @param transcript the call so far: {@code IVR: ...}, {@code Caller: pressed 1} and so on, with
 *     what the caller entered at a sensitive entry masked
 * @param duration how long it ran
 */
public record ScenarioResult(
    Scenario scenario,
    boolean passed,
    ScenarioStep failedStep,
    String expected,
    String actual,
    List<String> heard,
    List<String> transcript,
    Duration duration) {

  public ScenarioResult {
    heard = List.copyOf(heard);
    transcript = List.copyOf(transcript);
  }
}
