package org.ivrpractice.practice;

/**
 * What a practice call has counted so far, for its score card.
 *
 * @param keyPresses keys pressed (a card number and its finish key count each key)
 * @param spokenInputs times the caller said something
 * @param silences times the caller stayed silent until the timeout
 * @param wrongTurns inputs that got no match, or took the caller no closer to the goal
 * @param reprompts prompts the line had to say again (after silence, no match, or "repeat")
 * @param entryMistakes digit entries refused (wrong length or check)
 * @param hints hints asked for
 * @param elapsedSeconds simulated time so far: prompts spoken, keys pressed, words said, silences
 * @param reached true once the mission's goal was reached
 * @param finished true once the goal was reached or the call ended: the score no longer changes
 * @param remainingSeconds the quickest route from here to the goal, in seconds; -1 when unknown
 * @param scoredSeconds the simulated time when the score was settled; -1 until finished
 */
public record Tally(
    int keyPresses,
    int spokenInputs,
    int silences,
    int wrongTurns,
    int reprompts,
    int entryMistakes,
    int hints,
    double elapsedSeconds,
    boolean reached,
    boolean finished,
    double remainingSeconds,
    double scoredSeconds) {

  static Tally start(double elapsedSeconds) {
    return new Tally(0, 0, 0, 0, 0, 0, 0, elapsedSeconds, false, false, -1, -1);
  }

  Tally withHint() {
    return new Tally(
        keyPresses,
        spokenInputs,
        silences,
        wrongTurns,
        reprompts,
        entryMistakes,
        hints + 1,
        elapsedSeconds,
        reached,
        finished,
        remainingSeconds,
        scoredSeconds);
  }

  Tally withRemaining(double seconds) {
    return new Tally(
        keyPresses,
        spokenInputs,
        silences,
        wrongTurns,
        reprompts,
        entryMistakes,
        hints,
        elapsedSeconds,
        reached,
        finished,
        seconds,
        scoredSeconds);
  }

  Tally finish(boolean goalReached) {
    return new Tally(
        keyPresses,
        spokenInputs,
        silences,
        wrongTurns,
        reprompts,
        entryMistakes,
        hints,
        elapsedSeconds,
        reached || goalReached,
        true,
        remainingSeconds,
        finished ? scoredSeconds : elapsedSeconds);
  }
}
