package org.ivrpractice.channels.twilio;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ivrpractice.channels.web.ApiProblem;

/**
 * Which numbers a practice call may ring ({@code ivr.practice-calls.allowed-prefixes}) and how
 * often a number is rung and a user places calls in an hour: the operator's account pays for each
 * call, and a person rung again and again by a stranger's script is harassed.
 */
final class PracticeCallLimits {

  /** Numbers and users remembered at most (the one unused longest is forgotten first). */
  private static final int MAX_KEYS = 10_000;

  private final List<String> prefixes;
  private final HourlyLimit perDestination;
  private final HourlyLimit perUser;

  PracticeCallLimits(TwilioConfig.PracticeCalls config, Clock clock) {
    this.prefixes =
        config.allowedPrefixes().orElse(List.of()).stream()
            .map(p -> p.replaceAll("[\\s().-]", ""))
            .filter(p -> !p.isEmpty())
            .toList();
    this.perDestination = new HourlyLimit(config.perDestinationPerHour(), MAX_KEYS, clock);
    this.perUser = new HourlyLimit(config.perUserPerHour(), MAX_KEYS, clock);
  }

  /**
   * @throws ApiProblem 403 when {@code number} (E.164) starts with no allowed prefix
   */
  void requireAllowed(String number) {
    if (prefixes.stream().noneMatch(number::startsWith)) {
      throw ApiProblem.forbidden(
          prefixes.isEmpty()
              ? "This server rings no number: ivr.practice-calls.allowed-prefixes is empty. The"
                  + " operator lists the prefixes practice calls may ring (+1415555, +44)."
              : "Practice calls may ring numbers starting "
                  + String.join(", ", prefixes)
                  + " only (ivr.practice-calls.allowed-prefixes); "
                  + PracticeCalls.masked(number)
                  + " is not one of them.");
    }
  }

  /**
   * Counts a call to {@code number} placed by {@code user}, when neither has had its hour's calls.
   *
   * @throws ApiProblem 429 with {@code Retry-After} when one has
   */
  synchronized void admit(String number, String user) {
    Optional<Duration> destination = perDestination.wait(number);
    Optional<Duration> caller = perUser.wait(user);
    if (destination.isPresent() || caller.isPresent()) {
      Duration wait =
          Stream.of(destination, caller)
              .flatMap(Optional::stream)
              .max(Comparator.naturalOrder())
              .orElseThrow();
      throw ApiProblem.tooMany(
          (destination.isPresent()
                  ? PracticeCalls.masked(number) + " has been rung as often as it may be in an hour"
                  : "You have placed as many practice calls as you may in an hour")
              + " (ivr.practice-calls.per-"
              + (destination.isPresent() ? "destination" : "user")
              + "-per-hour). Try again in "
              + minutes(wait)
              + ".",
          Math.max(1, wait.toSeconds()));
    }
    perDestination.record(number);
    perUser.record(user);
  }

  private static String minutes(Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return minutes == 1 ? "a minute" : minutes + " minutes";
  }
}
