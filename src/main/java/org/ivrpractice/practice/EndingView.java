package org.ivrpractice.practice;

import org.ivrpractice.engine.Ending;

/**
 * How a call ended, as the web page shows it.
 *
 * @param outcome {@code transferred}, {@code self-served}, {@code hung-up} or {@code abandoned}
 * @param queue the queue a transfer reached, or null
 * @param queueLabel the queue's label in the call's language, or null
 * @param waitSeconds the simulated estimated wait on hold (0 unless transferred)
 * @param position the simulated position in the queue (0 unless transferred)
 * @param summary one sentence for people
 */
public record EndingView(
    String outcome,
    String queue,
    String queueLabel,
    int waitSeconds,
    int position,
    String summary) {

  static EndingView of(Ending ending) {
    if (ending == null) {
      return null;
    }
    String summary =
        switch (ending.outcome()) {
          case TRANSFERRED ->
              "Transferred to "
                  + (ending.queueLabel() != null ? ending.queueLabel() : ending.queue())
                  + (ending.position() > 0
                      ? ": position "
                          + ending.position()
                          + ", estimated wait "
                          + minutes(ending.waitSeconds())
                          + "."
                      : ".");
          case SELF_SERVED -> "The line said goodbye: you got what you called for (self-served).";
          case HUNG_UP -> "The line hung up.";
          case ABANDONED -> "You hung up.";
        };
    return new EndingView(
        ending.outcome().yamlName(),
        ending.queue(),
        ending.queueLabel(),
        ending.waitSeconds(),
        ending.position(),
        summary);
  }

  static String minutes(int seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    int m = Math.round(seconds / 60f);
    return m + (m == 1 ? " minute" : " minutes");
  }
}
