package org.ivrpractice.channels.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.SensitiveDigits;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.session.CallAnalytics;

/**
 * A call in text mode: prompts are printed, the caller types keys ({@code 1}, {@code
 * 378282246310005#}), words to say ({@code agent}, {@code I lost my card}; {@code say} before them
 * is optional), or {@code hangup}; saying nothing for the prompt's timeout is silence, as on a
 * phone, and an empty line is silence at once. What the caller does is echoed (a card number
 * masked) so that the output reads as the call's transcript, also when the input comes from a pipe.
 * With a {@link CallAnalytics}, the call is recorded as the {@code terminal} channel's.
 */
public final class TerminalSimulator {

  /** Where the caller's input comes from. */
  @FunctionalInterface
  public interface LineSource {
    /**
     * What the caller does at a prompt that waits {@code timeoutSeconds}: a line, silence when
     * nothing was typed that long, or the end of input.
     *
     * @param secret true when what is typed should not show (a card number)
     */
    Typed read(boolean secret, int timeoutSeconds) throws IOException;

    /** Lines from a reader (a script, a pipe), taken as they come: no timer. */
    static LineSource of(BufferedReader reader) {
      return (secret, timeout) -> Typed.line(reader.readLine());
    }

    /** The keyboard on a real timer: nothing typed for the prompt's timeout is silence. */
    static LineSource timed(TimedLines.Keyboard keyboard) {
      return new TimedLines(keyboard);
    }
  }

  /** Keys only: digits, * and #, with spaces between them if the caller likes. */
  private static final Pattern KEYS = Pattern.compile("[0-9*#][0-9*# ]*");

  /** The channel's name in the call metrics and the call log. */
  public static final String CHANNEL = "terminal";

  private final Engine engine;
  private final CallAnalytics analytics;
  private final TurnText text = new TurnText();

  /** A simulator whose calls are not recorded. */
  public TerminalSimulator(Engine engine) {
    this(engine, null);
  }

  /** A simulator whose calls {@code analytics} records (null: none). */
  public TerminalSimulator(Engine engine, CallAnalytics analytics) {
    this.engine = engine;
    this.analytics = analytics;
  }

  /** Runs one call to its end; returns how it ended, as a line of text. */
  public String run(Flow flow, String locale, long seed, LineSource in, PrintWriter out)
      throws IOException {
    return run(flow, null, locale, seed, in, out);
  }

  /**
   * Runs one call to its end on a revision of the line; returns how it ended, as a line of text.
   *
   * @param revision the line's revision (for the call log), or null when unknown
   */
  public String run(
      Flow flow, String revision, String locale, long seed, LineSource in, PrintWriter out)
      throws IOException {
    out.println("Practice call to " + flow.name() + " (" + flow.id() + ").");
    out.println(
        "Type keys (1, or a practice card number then #), words to say (agent, I lost my card),"
            + " or hangup. Saying nothing until the prompt's timeout is silence, as on a phone;"
            + " an empty line is silence at once.");
    out.println();
    Step step = engine.start(flow, locale, seed);
    CallTrace trace = started(flow, revision, step);
    text.print(step.turn(), out);
    while (!step.turn().ended()) {
      boolean sensitive =
          step.turn().awaiting() instanceof Awaiting.DigitEntry entry && entry.sensitive();
      out.print("> ");
      out.flush();
      Typed typed = in.read(sensitive, step.turn().awaiting().timeoutSeconds());
      Input input = inputOf(typed);
      step = engine.step(flow, step.state(), input);
      trace = took(flow, revision, trace, input, step.turn());
      out.println(echo(typed, input, sensitive && !escaped(step)));
      text.print(step.turn(), out);
    }
    out.flush();
    return text.ending(step.turn().ending());
  }

  private CallTrace started(Flow flow, String revision, Step step) {
    if (analytics == null) {
      return null;
    }
    Turn first = step.turn();
    CallTrace trace = analytics.started(CHANNEL, step.state().locale(), null, first, null);
    analytics.began(flow.id(), revision, trace, first);
    return trace;
  }

  private CallTrace took(Flow flow, String revision, CallTrace trace, Input input, Turn turn) {
    if (analytics == null) {
      return null;
    }
    CallTrace next = analytics.after(trace, input, turn, null);
    analytics.kept(flow.id(), revision, next, turn);
    return next;
  }

  /** What the caller did at the prompt stands for: the end of input hangs up. */
  static Input inputOf(Typed typed) {
    return switch (typed.kind()) {
      case END -> Input.hangUp();
      case SILENCE -> Input.silence();
      case LINE -> parse(typed.line());
    };
  }

  /**
   * A line typed: keys when it holds only keys (and spaces), else words said ({@code say} before
   * them is optional); {@code hangup} hangs up, and an empty line is silence.
   */
  static Input parse(String line) {
    if (line == null) {
      return Input.hangUp();
    }
    String trimmed = line.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty()) {
      return Input.silence();
    }
    if (lower.equals("hangup") || lower.equals("hang up")) {
      return Input.hangUp();
    }
    if (lower.startsWith("say ")) {
      return Input.speech(trimmed.substring(4).strip());
    }
    if (KEYS.matcher(trimmed).matches()) {
      return Input.digits(trimmed.replace(" ", ""));
    }
    return Input.speech(trimmed);
  }

  /** True when the input was a global escape ("agent", 0, "repeat"): nothing secret in it. */
  private static boolean escaped(Step step) {
    return step.turn().events().stream().anyMatch(e -> e.kind() == Event.Kind.ESCAPE);
  }

  private static String echo(Typed typed, Input input, boolean sensitive) {
    if (input instanceof Input.HangUp) {
      return typed.kind() == Typed.Kind.END ? "(end of input: hanging up)" : "(you hang up)";
    }
    if (input instanceof Input.Silence) {
      return typed.kind() == Typed.Kind.SILENCE ? "(silence: the prompt timed out)" : "(silence)";
    }
    if (input instanceof Input.Speech speech) {
      return sensitive
          ? "you say something (hidden: it may hold the card number)"
          : "you say: \"" + SensitiveDigits.shown(speech.text(), false) + "\"";
    }
    return "you press " + SensitiveDigits.shown(((Input.Digits) input).digits(), sensitive);
  }
}
