package org.ivrpractice.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ivrpractice.testing.explore.PathFinder;

/**
 * Chooses the advice on a score card: first how much time the quickest route would have saved, then
 * one tip from the guides the call shows a need for (the card number ready, listening to the whole
 * menu), or else the mission's own first tip.
 */
final class PracticeTips {

  /** The seed guides' first advice: have the card number ready before you dial. */
  static final String CARD_READY =
      "Have your 15-digit card number ready before you call: the line asks for it before"
          + " anything else, and a wrong digit costs a re-prompt.";

  /** The seed guides: listen to the options rather than pressing at random. */
  static final String LISTEN =
      "Listen to the whole menu before you press: choosing the right option first is faster"
          + " than going back.";

  /** The seed guides: the words that reach a person. */
  static final String SAY_AGENT =
      "Saying \"agent\", \"representative\" or \"customer service\" (or pressing 0) reaches a"
          + " person from any menu.";

  private PracticeTips() {}

  static List<String> choose(
      Mission mission, Tally tally, double elapsed, PathFinder.Path quickest) {
    List<String> tips = new ArrayList<>();
    timeTip(tally, elapsed, quickest).ifPresent(tips::add);
    String advice;
    if (tally.entryMistakes() > 0) {
      advice = CARD_READY;
    } else if (tally.wrongTurns() > 0 && !mission.tips().isEmpty()) {
      advice = mission.tips().get(0);
    } else if (tally.wrongTurns() > 0) {
      advice = LISTEN;
    } else if (!mission.tips().isEmpty()) {
      advice = mission.tips().get(0);
    } else {
      advice = SAY_AGENT;
    }
    if (!tips.contains(advice)) {
      tips.add(advice);
    }
    return List.copyOf(tips);
  }

  /**
   * How the caller's time compares with the quickest route, in tenths of a second as the score card
   * shows both. The route's steps are on the card already, so they are not repeated here.
   */
  private static Optional<String> timeTip(Tally tally, double elapsed, PathFinder.Path quickest) {
    if (quickest == null) {
      return Optional.empty();
    }
    if (!tally.reached()) {
      return Optional.of(
          "Next time, try the quickest route: it reaches the goal in about "
              + Math.round(quickest.seconds())
              + " s.");
    }
    double over = ScoreCard.round(elapsed) - ScoreCard.round(quickest.seconds());
    if (over < 0.05) {
      return Optional.of("Your time ties the quickest route: no call reaches this goal sooner.");
    }
    long saved = Math.max(1, Math.round(over));
    if (saved < 5) {
      return Optional.of("Only about " + saved + " s slower than the quickest route.");
    }
    String said =
        quickest.descriptions().stream().filter(d -> d.startsWith("say ")).findFirst().orElse(null);
    if (said != null && tally.spokenInputs() == 0) {
      return Optional.of(
          "Saying \"" + said.substring(4) + "\" would have saved about " + saved + " s.");
    }
    return Optional.of("The quickest route would have saved about " + saved + " s.");
  }
}
