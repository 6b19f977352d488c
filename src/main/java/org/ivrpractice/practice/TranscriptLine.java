package org.ivrpractice.practice;

/**
 * One line of a call's transcript. Sensitive digits are already masked when a line is made.
 *
 * @param speaker {@code line} (the IVR), {@code caller}, or {@code note} (what happened: a
 *     transfer, a hint)
 * @param text what was said or done
 * @param at simulated seconds since the call started
 */
public record TranscriptLine(String speaker, String text, double at) {

  static TranscriptLine line(String text, double at) {
    return new TranscriptLine("line", text, at);
  }

  static TranscriptLine caller(String text, double at) {
    return new TranscriptLine("caller", text, at);
  }

  static TranscriptLine note(String text, double at) {
    return new TranscriptLine("note", text, at);
  }
}
