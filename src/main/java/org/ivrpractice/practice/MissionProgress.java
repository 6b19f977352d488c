package org.ivrpractice.practice;

/**
 * A practice mission's progress during a call.
 *
 * @param score the score card, once the goal is reached or the call has ended
 */
public record MissionProgress(
    String id, String title, boolean reached, boolean finished, int hints, ScoreCard score) {}
