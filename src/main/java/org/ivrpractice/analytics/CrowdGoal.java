package org.ivrpractice.analytics;

import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionGoal;

/**
 * Why a simulated caller calls: a mission of the line, or a department (a queue) no mission aims
 * at.
 *
 * @param name the mission's id, or {@code queue:<name>}
 * @param mission the mission, or null for a department
 * @param goal what the caller wants to reach
 */
public record CrowdGoal(String name, Mission mission, MissionGoal goal) {

  /** The mission's locale, or null when any caller may have this goal. */
  public String locale() {
    return mission == null ? null : mission.locale();
  }

  /** The mission's id as a call summary names it, or null for a department. */
  public String missionId() {
    return mission == null ? null : mission.id();
  }
}
