package org.ivrpractice.channels.terminal;

/**
 * What the caller did at a prompt of the terminal phone: typed a line, said nothing for the
 * prompt's timeout (as on a phone), or ended the input (which hangs up).
 *
 * @param line the line typed, or null
 */
public record Typed(Kind kind, String line) {

  /** The kinds of what a caller can do. */
  public enum Kind {
    LINE,
    SILENCE,
    END
  }

  public static Typed line(String line) {
    return line == null ? end() : new Typed(Kind.LINE, line);
  }

  public static Typed silence() {
    return new Typed(Kind.SILENCE, null);
  }

  public static Typed end() {
    return new Typed(Kind.END, null);
  }
}
