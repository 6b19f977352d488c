package org.ivrpractice.analytics;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.engine.Choice;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Escape;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.testing.explore.CallTiming;

/**
 * One simulated caller's call: the real engine, driven one input at a time by what the caller's
 * profile would do, with the time it takes estimated as the explorer estimates it ({@link
 * CallTiming}: prompts at 150 words a minute, a second a key, silence the node's timeout).
 *
 * <p>At each wait the caller takes the first move of the quickest route to its goal. A caller who
 * does not know the menu hears the menu until its option has been read out (or to its end, if it
 * listens to everything); one who knows it presses at once. It may mishear, speak instead of
 * pressing, pick its own language at a language menu, and give up (ask for an agent or hang up)
 * after too many re-prompts or too long in the call.
 */
final class CrowdCaller {

  /** A call longer than this many inputs is one the caller hangs up on. */
  static final int MAX_INPUTS = 100;

  private static final String SPARE_KEYS = "987654321#";

  private final Flow line;
  private final Engine engine;
  private final CrowdRoutes routes;
  private final CrowdProfile profile;
  private final CrowdGoal goal;
  private final SplittableRandom random;
  private final double patience;

  private double seconds;
  private boolean gaveUp;
  private boolean reached;

  CrowdCaller(
      Flow line,
      Engine engine,
      CrowdRoutes routes,
      CrowdProfile profile,
      CrowdGoal goal,
      SplittableRandom random) {
    this.line = line;
    this.engine = engine;
    this.routes = routes;
    this.profile = profile;
    this.goal = goal;
    this.random = random;
    this.patience =
        profile.patienceSeconds() == null
            ? Double.POSITIVE_INFINITY
            : profile.patienceSeconds() * (0.5 + random.nextDouble());
  }

  /** Runs the call and answers its summary. */
  CallSummary call(String id, long engineSeed) {
    Step step = engine.start(line, null, engineSeed);
    CallTrace trace =
        CallTrace.started(
            Crowd.CHANNEL, step.state().locale(), goal.missionId(), 0, step.turn(), goal.goal());
    reached = goal.goal().reachedBy(step.turn());
    try {
      for (int inputs = 0; !step.turn().ended(); inputs++) {
        Input input = inputs >= MAX_INPUTS ? Input.hangUp() : decide(step, trace);
        step = engine.step(line, step.state(), input);
        trace = trace.after(input, step.turn(), goal.goal());
        reached |= goal.goal().reachedBy(step.turn());
      }
    } catch (RuntimeException e) {
      return trace.failed(id, line.id(), null, millis(), true);
    }
    if (step.turn().ending().outcome() != Outcome.ABANDONED) {
      seconds += CallTiming.hearing(step.turn().prompts());
    }
    return trace.end(id, line.id(), null, step.turn(), millis(), true);
  }

  private long millis() {
    return Math.round(seconds * 1000);
  }

  /** What the caller does at this wait, with the time it takes added to the call's. */
  private Input decide(Step step, CallTrace trace) {
    Turn turn = step.turn();
    List<Prompt> prompts = turn.prompts();
    double before = CallTiming.hearing(prompts.subList(0, Math.max(0, prompts.size() - 1)));
    Prompt last = prompts.isEmpty() ? null : prompts.get(prompts.size() - 1);
    if (gaveUp || tooManyReprompts(turn, trace)) {
      seconds += before;
      return giveUp(turn.awaiting());
    }
    Input input = intended(step);
    if (input == null) {
      seconds += before;
      return giveUp(turn.awaiting());
    }
    if (turn.awaiting() instanceof Awaiting.MenuChoice menu) {
      input = misheard(input, menu);
      input = spoken(input, menu);
    }
    double heard = before + listening(last, turn.awaiting(), input);
    if (seconds + heard > patience) {
      seconds = Math.max(seconds + before, patience);
      return giveUp(turn.awaiting());
    }
    seconds += heard + doing(input, turn.awaiting());
    return input;
  }

  private boolean tooManyReprompts(Turn turn, CallTrace trace) {
    Integer limit = profile.patienceReprompts();
    boolean reprompted =
        turn.events().stream()
            .anyMatch(e -> e.kind() == Event.Kind.NO_INPUT || e.kind() == Event.Kind.NO_MATCH);
    return limit != null && reprompted && trace.reprompts().size() > limit;
  }

  /** The move toward the goal (or, once it is reached, toward a goodbye); null: none. */
  private Input intended(Step step) {
    Input language = language(step.state());
    if (language != null) {
      return language;
    }
    Optional<Input> next = routes.next(reached ? CrowdRoutes.FINISH : goal.goal(), step.state());
    return next.orElse(null);
  }

  /** At a menu whose options choose the call's language, the caller's own language's option. */
  private Input language(CallState state) {
    if (profile.locale() == null
        || !(line.flow(state.currentFlow()).node(state.node()) instanceof Node.Menu menu)) {
      return null;
    }
    for (Node.Option option : menu.options()) {
      if (profile.locale().equals(option.set().get("locale"))) {
        return Input.digits(option.digit());
      }
    }
    return null;
  }

  /**
   * With the profile's mishear rate, a caller about to choose an option chooses wrongly: another
   * option, or (half the time, and always when there is no other) a key no option has. A key it
   * means as an escape (0 for an agent) is not misheard: the menu never read it out among others.
   */
  private Input misheard(Input input, Awaiting.MenuChoice menu) {
    String meant = input instanceof Input.Digits d ? d.digits() : null;
    boolean option = menu.options().stream().anyMatch(c -> c.digit().equals(meant));
    if (!option || profile.mishearRate() <= 0 || random.nextDouble() >= profile.mishearRate()) {
      return input;
    }
    List<Choice> others = menu.options().stream().filter(c -> !c.digit().equals(meant)).toList();
    if (!others.isEmpty() && random.nextBoolean()) {
      return Input.digits(others.get(random.nextInt(others.size())).digit());
    }
    return Input.digits(spareKey(menu));
  }

  private static String spareKey(Awaiting.MenuChoice menu) {
    for (char c : SPARE_KEYS.toCharArray()) {
      String key = String.valueOf(c);
      boolean used =
          menu.options().stream().anyMatch(o -> key.equals(o.digit()))
              || menu.escapes().stream().anyMatch(e -> key.equals(e.digit()));
      if (!used) {
        return key;
      }
    }
    return "#";
  }

  /** A caller who speaks says the option's first words instead of its key. */
  private Input spoken(Input input, Awaiting.MenuChoice menu) {
    if (!profile.speaks() || !(input instanceof Input.Digits d)) {
      return input;
    }
    Choice choice = choiceOf(d.digits(), menu);
    if (choice == null) {
      return Input.speech("um");
    }
    return choice.synonyms().isEmpty() ? input : Input.speech(choice.synonyms().get(0));
  }

  private static Choice choiceOf(String digit, Awaiting.MenuChoice menu) {
    for (List<Choice> choices : List.of(menu.options(), menu.escapes())) {
      for (Choice c : choices) {
        if (digit.equals(c.digit())) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * Seconds of the waiting node's own prompt the caller hears before acting: none if it knows the
   * menu, all of it if it listens to everything or is asked for digits, else up to the end of the
   * sentence that names its choice.
   */
  private double listening(Prompt last, Awaiting awaiting, Input input) {
    if (last == null) {
      return 0;
    }
    if (profile.knowsMenu()) {
      return 0;
    }
    if (profile.listensWhole() || !(awaiting instanceof Awaiting.MenuChoice menu)) {
      return CallTiming.speaking(last.text());
    }
    return CallTiming.speaking(PromptReading.untilChoice(last.text(), chosen(input, menu)));
  }

  private static Choice chosen(Input input, Awaiting.MenuChoice menu) {
    if (input instanceof Input.Digits d) {
      return choiceOf(d.digits(), menu);
    }
    if (input instanceof Input.Speech s) {
      for (List<Choice> choices : List.of(menu.options(), menu.escapes())) {
        for (Choice c : choices) {
          if (!c.synonyms().isEmpty() && c.synonyms().get(0).equals(s.text())) {
            return c;
          }
        }
      }
    }
    return null;
  }

  private static double doing(Input input, Awaiting awaiting) {
    if (input instanceof Input.Digits d) {
      return CallTiming.pressing(d.digits());
    }
    if (input instanceof Input.Speech s) {
      return CallTiming.speaking(s.text());
    }
    return input instanceof Input.Silence ? awaiting.timeoutSeconds() : 0;
  }

  /**
   * The caller has had enough: it asks for an agent (0 at a menu, the escape's word where keys are
   * data) or hangs up; asked once and still waiting, it hangs up.
   */
  private Input giveUp(Awaiting awaiting) {
    boolean askedAlready = gaveUp;
    gaveUp = true;
    if (askedAlready || profile.onImpatience() == CrowdProfile.Impatience.HANG_UP) {
      return Input.hangUp();
    }
    for (Choice escape : awaiting.escapes()) {
      if (Escape.AGENT.equals(escape.label())) {
        seconds += 1;
        if (escape.digit() != null
            && awaiting instanceof Awaiting.MenuChoice
            && !(profile.speaks() && !escape.synonyms().isEmpty())) {
          return Input.digits(escape.digit());
        }
        if (!escape.synonyms().isEmpty()) {
          return Input.speech(escape.synonyms().get(0));
        }
      }
    }
    return Input.hangUp();
  }
}
