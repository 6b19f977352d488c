package org.ivrpractice.analytics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionGoal;

/**
 * A practice crowd: simulated callers run through a line by the real engine, with no network, to
 * predict its containment, where callers give up and how long they wait for an agent before any
 * real caller does. Each caller has a goal (one of the line's missions, or a queue no mission aims
 * at) and a profile ({@link CrowdProfile}); what it does at each prompt is {@link CrowdCaller}'s.
 *
 * <p>A run is deterministic for its seed: each caller draws from its own random source made from
 * the seed and its number, so callers can run in parallel and the report is the same every time.
 * The routes callers follow are searched once per goal and call state and shared ({@link
 * CrowdRoutes}). The summaries are marked simulated and never go to the call log.
 */
public final class Crowd {

  /** The channel a crowd's calls are summarised under. */
  public static final String CHANNEL = "crowd";

  private final Flow line;
  private final List<CrowdProfile> profiles;
  private final List<CrowdGoal> goals;
  private final CrowdRoutes routes;
  private final Engine engine = new Engine();
  private final double totalWeight;

  private Crowd(Flow line, List<CrowdProfile> profiles, List<CrowdGoal> goals, CrowdRoutes routes) {
    this.line = line;
    this.profiles = profiles;
    this.goals = goals;
    this.routes = routes;
    this.totalWeight = profiles.stream().mapToDouble(CrowdProfile::weight).sum();
  }

  /**
   * The crowd of a line: its goals are the line's missions whose goal can be reached, then every
   * queue no mission's goal names that a call can reach.
   *
   * @throws IllegalArgumentException when there are no profiles with weight, or no goal to call for
   */
  public static Crowd of(Flow line, List<Mission> missions, List<CrowdProfile> profiles) {
    Objects.requireNonNull(line, "line");
    if (profiles.stream().noneMatch(p -> p.weight() > 0)) {
      throw new IllegalArgumentException(
          "a crowd needs at least one profile with a weight above 0");
    }
    CrowdRoutes routes = new CrowdRoutes(line);
    List<CrowdGoal> goals = new ArrayList<>();
    Set<String> queuesAimedAt = new LinkedHashSet<>();
    for (Mission m : missions) {
      if (m.goal() instanceof MissionGoal.TransferredTo t) {
        queuesAimedAt.add(t.queue());
      }
      if (routes.reachable(m.goal())) {
        goals.add(new CrowdGoal(m.id(), m, m.goal()));
      }
    }
    // By name: the flow's map of queues has no order of its own, and the goals' order is the
    // draw's.
    for (String queue : new java.util.TreeSet<>(line.queues().keySet())) {
      MissionGoal goal = new MissionGoal.TransferredTo(queue);
      if (!queuesAimedAt.contains(queue) && routes.reachable(goal)) {
        goals.add(new CrowdGoal("queue:" + queue, null, goal));
      }
    }
    if (goals.isEmpty()) {
      throw new IllegalArgumentException(
          "line "
              + line.id()
              + " has no mission and no queue a caller can reach: nothing to call for");
    }
    return new Crowd(line, List.copyOf(profiles), List.copyOf(goals), routes);
  }

  /**
   * The same line's crowd with other profiles: the goals and the explored routes are kept (they
   * depend on the line and its missions only).
   */
  public Crowd withProfiles(List<CrowdProfile> others) {
    requireWeight(others);
    return new Crowd(line, List.copyOf(others), goals, routes);
  }

  private static void requireWeight(List<CrowdProfile> profiles) {
    if (profiles.stream().noneMatch(p -> p.weight() > 0)) {
      throw new IllegalArgumentException(
          "a crowd needs at least one profile with a weight above 0");
    }
  }

  /** How many route searches the crowd's runs needed so far. */
  int searches() {
    return routes.searches();
  }

  /** What the crowd's callers call for. */
  public List<CrowdGoal> goals() {
    return goals;
  }

  public List<CrowdProfile> profiles() {
    return profiles;
  }

  /** Runs {@code callers} simulated calls, in parallel, and reports them. */
  public CrowdReport run(int callers, long seed) {
    if (callers < 1) {
      throw new IllegalArgumentException("a crowd has at least one caller, not " + callers);
    }
    int[] profileOf = new int[callers];
    List<CallSummary> calls = calls(callers, seed, profileOf);
    return CrowdReport.of(line.id(), callers, seed, profiles, goals, calls, profileOf);
  }

  /**
   * The summaries of a run's calls, in callers' order; each caller's profile in {@code profileOf}.
   */
  List<CallSummary> calls(int callers, long seed, int[] profileOf) {
    return IntStream.range(0, callers).parallel().mapToObj(i -> call(i, seed, profileOf)).toList();
  }

  private CallSummary call(int index, long seed, int[] profileOf) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    int p = pickProfile(random);
    profileOf[index] = p;
    CrowdProfile profile = profiles.get(p);
    CrowdGoal goal = pickGoal(random, profile);
    CrowdCaller caller = new CrowdCaller(line, engine, routes, profile, goal, random);
    return caller.call("crowd-" + seed + "-" + index, seed);
  }

  private int pickProfile(SplittableRandom random) {
    double at = random.nextDouble() * totalWeight;
    for (int i = 0; i < profiles.size(); i++) {
      at -= profiles.get(i).weight();
      if (at < 0) {
        return i;
      }
    }
    return profiles.size() - 1;
  }

  /** A goal at random among those a caller of the profile's language would have. */
  private CrowdGoal pickGoal(SplittableRandom random, CrowdProfile profile) {
    List<CrowdGoal> fitting =
        goals.stream()
            .filter(g -> g.locale() == null || g.locale().equals(profile.locale()))
            .toList();
    List<CrowdGoal> from = fitting.isEmpty() ? goals : fitting;
    return from.get(random.nextInt(from.size()));
  }
}
