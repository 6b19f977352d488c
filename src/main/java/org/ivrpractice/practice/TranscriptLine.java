package org.ivrpractice.practice;

/**
 * One line of a call's transcript. Sensitive digits are already masked when a line is made.
 *
 * @param speaker {@code line} (the IVR), {@code caller}, or {@code note} (what happened: a
 *     transfer, a hint)
 * @param text what was said or done
 * @param at simulated seconds since the call started, to a tenth of a second ({@code 19.6}, not the
 *     sum of the prompts' times {@code 19.599999999999998})
 */
public record TranscriptLine(String speaker, String text, double at) {

  static TranscriptLine line(String text, double at) {
    return new TranscriptLine("line", text, ScoreCard.round(at));
  }

  static TranscriptLine caller(String text, double at) {
    return new TranscriptLine("caller", text, ScoreCard.round(at));
  }

  static TranscriptLine note(String text, double at) {
    return new TranscriptLine("note", text, ScoreCard.round(at));
  }
}
