package org.ivrpractice.channels.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.Scenario;
import org.ivrpractice.testing.ScenarioFile;
import org.ivrpractice.testing.ScenarioReader;
import org.ivrpractice.testing.ScenarioResult;
import org.ivrpractice.testing.ScenarioRunner;
import org.ivrpractice.testing.ScenarioStep;

/**
 * A flow's scenario file ({@code <id>.scenarios.yaml}, as on disk) run on the engine against a
 * draft of the flow, as {@code test} runs it against the file: every scenario, each as one call,
 * with the failing step of each that fails.
 *
 * @param file the scenario file's name
 */
record DraftScenarios(String file, long passed, long failed, List<Outcome> scenarios) {

  /** One scenario: passed, or the step that failed and why. */
  record Outcome(
      String name, boolean passed, @JsonInclude(JsonInclude.Include.NON_NULL) Failure failure) {}

  /**
   * Why a scenario failed.
   *
   * @param step the step as written ({@code hear: "goodbye"}), or the scenario's name when the call
   *     could not start
   * @param line the step's line in the scenario file
   * @param message what the step expected and what happened instead
   * @param heard the prompts of the last turn
   */
  record Failure(String step, int line, String message, List<String> heard) {}

  /** The scenario file's problems with the draft (an {@code at} naming a node it removed...). */
  static final class Unrunnable extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<EditorProblem> problems;

    Unrunnable(List<EditorProblem> problems) {
      super(problems.size() + " problem(s) in the scenario file");
      this.problems = problems;
    }

    List<EditorProblem> problems() {
      return problems;
    }
  }

  /**
   * Reads {@code text} (the scenario file of the draft's flow) against the draft and runs it.
   *
   * @throws Unrunnable when the file has problems with the draft
   */
  static DraftScenarios run(DraftCheck draft, String file, String text, List<String> flowIds)
      throws Unrunnable {
    Problems problems = new Problems();
    ScenarioReader reader = new ScenarioReader(draft.loaded().flows(), draft.unloadable(flowIds));
    ScenarioFile scenarios = reader.read(file, text, problems);
    if (scenarios == null) {
      throw new Unrunnable(problems.sorted().stream().map(EditorProblem::of).toList());
    }
    ScenarioRunner runner = new ScenarioRunner(new EngineDriver(draft.loaded().flows()));
    List<Outcome> outcomes = new ArrayList<>();
    for (Scenario scenario : scenarios.scenarios()) {
      ScenarioResult result = runner.run(scenarios, scenario);
      outcomes.add(
          new Outcome(scenario.name(), result.passed(), result.passed() ? null : failure(result)));
    }
    long passed = outcomes.stream().filter(Outcome::passed).count();
    return new DraftScenarios(file, passed, outcomes.size() - passed, outcomes);
  }

  private static Failure failure(ScenarioResult result) {
    ScenarioStep step = result.failedStep();
    String expected = result.expected() == null ? null : "expected " + result.expected();
    String message =
        expected == null
            ? result.actual()
            : result.actual() == null ? expected : expected + "; " + result.actual();
    return new Failure(
        step == null ? result.scenario().name() : step.describe(),
        step == null ? result.scenario().position().line() : step.position().line(),
        message == null ? "the call failed" : message,
        result.heard());
  }
}
