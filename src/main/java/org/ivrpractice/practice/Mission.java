package org.ivrpractice.practice;

import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Position;

/**
 * A practice mission of a phone line: a task to get done by calling it, and the goal that says it
 * is done.
 *
 * @param id unique among the line's missions, used in URLs ({@code ?mission=report-stolen})
 * @param flowId the line it is practised on
 * @param title what to do, in a few words
 * @param briefing what to prepare before calling, one point a line
 * @param card the practice card number to use, or null
 * @param reference a practice reference number to follow up on, or null
 * @param goal what counts as done
 * @param done when the mission is done, in people's words ({@code the line reads out your reference
 *     number.}): the missions file's {@code done:}, else a sentence made from the goal
 * @param locale the locale to call in, or null for the line's default
 * @param tips advice from the guides, shown on the score card when it fits
 * @param source where the mission is declared
 * @param keys where each of its keys is written, for messages
 */
public record Mission(
    String id,
    String flowId,
    String title,
    List<String> briefing,
    String card,
    String reference,
    MissionGoal goal,
    String done,
    String locale,
    List<String> tips,
    Position source,
    Map<String, Position> keys) {

  public Mission {
    briefing = List.copyOf(briefing);
    tips = List.copyOf(tips);
    keys = Map.copyOf(keys);
  }

  /** The same mission, done when {@code sentence} says. */
  public Mission withDone(String sentence) {
    return new Mission(
        id, flowId, title, briefing, card, reference, goal, sentence, locale, tips, source, keys);
  }

  /** Where {@code key} is written, else where the mission starts. */
  public Position at(String key) {
    return keys.getOrDefault(key, source);
  }

  /** The locale a call of this mission speaks on the line: the mission's, else the line's first. */
  public String localeOn(Flow line) {
    return locale != null ? locale : line.defaultLocale();
  }
}
