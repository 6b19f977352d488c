package org.ivrpractice.channels.web;

import java.util.List;
import java.util.Optional;

/**
 * The filters of the analytics page ({@code /flows/{id}/analytics?since=day&channel=twilio}): how
 * far back, and which channel. They are in the page's address so that a view can be bookmarked and
 * shared; the page asks the analytics API with them, turning {@code since} into a time.
 *
 * @param since {@code hour}, {@code day} or {@code all}
 * @param channel a channel's name, or {@code all}
 */
public record AnalyticsFilters(String since, String channel) {

  /** One choice of a filter's list. */
  public record Choice(String value, String label) {}

  public static final List<Choice> SINCE =
      List.of(
          new Choice("hour", "the last hour"),
          new Choice("day", "the last day"),
          new Choice("all", "all the log holds"));

  /** The real channels: a practice crowd's calls are never among real calls. */
  public static final List<Choice> CHANNELS =
      List.of(
          new Choice("all", "every channel"),
          new Choice("twilio", "phone (Twilio)"),
          new Choice("browser", "browser"),
          new Choice("terminal", "terminal"),
          new Choice("scripted", "scripted runs"));

  /**
   * The filters of a request, missing ones at their defaults ({@code all}).
   *
   * @throws ApiProblem 400 naming the choices when a filter has a value the page does not offer
   */
  static AnalyticsFilters of(String since, String channel) {
    return new AnalyticsFilters(pick("since", since, SINCE), pick("channel", channel, CHANNELS));
  }

  private static String pick(String name, String value, List<Choice> choices) {
    if (value == null || value.isBlank()) {
      return "all";
    }
    Optional<Choice> known = choices.stream().filter(c -> c.value().equals(value)).findFirst();
    return known
        .orElseThrow(
            () ->
                ApiProblem.badInput(
                    "The analytics page has no "
                        + name
                        + " \u201c"
                        + value
                        + "\u201d: choose one of "
                        + String.join(", ", choices.stream().map(Choice::value).toList())
                        + "."))
        .value();
  }

  /** The page's choices of how far back (the template lists them). */
  public List<Choice> sinceChoices() {
    return SINCE;
  }

  /** The page's choices of channel (the template lists them). */
  public List<Choice> channelChoices() {
    return CHANNELS;
  }
}
