package org.ivrpractice.channels.twilio;

/**
 * Text from a request, as a log line may carry it: no control characters (no forged lines), and not
 * too long.
 */
final class LoggedText {

  private LoggedText() {}

  /** At most 60 characters. */
  static String of(String text) {
    return of(text, 60);
  }

  /** At most {@code max} characters, then {@code ...}. */
  static String of(String text, int max) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= max ? clean : clean.substring(0, max) + "...";
  }
}
