package org.ivrpractice.practice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.SensitiveDigits;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.testing.explore.PathFinder;

/**
 * The quickest routes to missions' goals, found by {@link PathFinder} over the engine's own call
 * states: from the start of a call (the score's yardstick, computed once per mission) and from a
 * call under way (hints, and whether an input brought the caller closer).
 */
public final class MissionRoutes {

  private final PathFinder finder = new PathFinder();
  private final Map<String, Optional<PathFinder.Path>> fromStart = new ConcurrentHashMap<>();

  /** The quickest route from the start of a call; empty when the goal cannot be reached. */
  public Optional<PathFinder.Path> fromStart(Flow line, Mission mission) {
    String key = line.id() + "/" + mission.id() + "/" + mission.locale();
    return fromStart.computeIfAbsent(
        key, k -> finder.shortest(line, mission.locale(), goal(mission)));
  }

  /** The quickest route on from a call under way; empty when the goal cannot be reached. */
  public Optional<PathFinder.Path> from(Flow line, CallState state, Mission mission) {
    if (state.ended()) {
      return Optional.empty();
    }
    return finder.shortestFrom(line, state, goal(mission));
  }

  /**
   * The route's steps as the mission's caller should do them: an entry of a practice number is
   * shown with the mission's own card or reference number (the search picks the first that fits;
   * any practice number of the same length takes the same time), a card number masked like every
   * card number the product shows ({@code enter •••••••••••0005#}).
   */
  public static List<String> steps(PathFinder.Path path, Mission mission) {
    return path.descriptions().stream()
        .map(d -> SensitiveDigits.shown(personal(d, mission), false))
        .toList();
  }

  private static String personal(String step, Mission mission) {
    if (!step.startsWith("enter ")) {
      return step;
    }
    String keys = step.substring("enter ".length());
    String finish = keys.endsWith("#") ? "#" : "";
    String digits = keys.substring(0, keys.length() - finish.length());
    for (String own : new String[] {mission.card(), mission.reference()}) {
      if (own != null && own.length() == digits.length()) {
        return "enter " + own + finish;
      }
    }
    return step;
  }

  private static Predicate<Turn> goal(Mission mission) {
    return mission.goal()::reachedBy;
  }
}
