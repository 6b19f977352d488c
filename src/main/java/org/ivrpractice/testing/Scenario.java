package org.ivrpractice.testing;

import java.util.List;
import org.ivrpractice.flow.Position;

/**
 * One scripted call.
 *
 * @param name what it proves, unique in its file (it names the test)
 * @param locale the call's locale, or null for the flow's first
 * @param steps what the caller does and what the call must show, in order
 * @param position where the scenario is written
 */
public record Scenario(String name, String locale, List<ScenarioStep> steps, Position position) {

  public Scenario {
    steps = List.copyOf(steps);
  }
}
