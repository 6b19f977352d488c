package org.ivrpractice.channels.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Event;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.SensitiveDigits;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;

/**
 * A call in text mode: prompts are printed, the caller types keys, {@code say <words>}, an empty
 * line for silence, or {@code hangup}. What the caller enters is echoed (masked when sensitive) so
 * that the output reads as the call's transcript, also when the input comes from a pipe.
 */
public final class TerminalSimulator {

  /** Reads one line of the caller's input; may hide what is typed when {@code secret}. */
  @FunctionalInterface
  public interface LineSource {
    String readLine(boolean secret) throws IOException;

    static LineSource of(BufferedReader reader) {
      return secret -> reader.readLine();
    }
  }

  private final Engine engine;
  private final TurnText text = new TurnText();

  public TerminalSimulator(Engine engine) {
    this.engine = engine;
  }

  /** Runs one call to its end; returns how it ended, as a line of text. */
  public String run(Flow flow, String locale, long seed, LineSource in, PrintWriter out)
      throws IOException {
    out.println("Practice call to " + flow.name() + " (" + flow.id() + ").");
    out.println(
        "Type keys (for example 1, or a practice card number then #), 'say <words>', an empty line to stay"
            + " silent, or 'hangup'.");
    out.println();
    Step step = engine.start(flow, locale, seed);
    text.print(step.turn(), out);
    while (!step.turn().ended()) {
      boolean sensitive =
          step.turn().awaiting() instanceof Awaiting.DigitEntry entry && entry.sensitive();
      out.print("> ");
      out.flush();
      String line = in.readLine(sensitive);
      Input input = parse(line);
      step = engine.step(flow, step.state(), input);
      out.println(echo(line, input, sensitive && !escaped(step)));
      text.print(step.turn(), out);
    }
    out.flush();
    return text.ending(step.turn().ending());
  }

  /** What a line typed at the prompt stands for. The end of input hangs up. */
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
    return Input.digits(trimmed.replace(" ", ""));
  }

  /** True when the input was a global escape ("agent", 0, "repeat"): nothing secret in it. */
  private static boolean escaped(Step step) {
    return step.turn().events().stream().anyMatch(e -> e.kind() == Event.Kind.ESCAPE);
  }

  private static String echo(String line, Input input, boolean sensitive) {
    if (input instanceof Input.HangUp) {
      return line == null ? "(end of input: hanging up)" : "(you hang up)";
    }
    if (input instanceof Input.Silence) {
      return "(silence)";
    }
    if (input instanceof Input.Speech speech) {
      return sensitive
          ? "you say something (hidden: it may hold the card number)"
          : "you say: \"" + SensitiveDigits.shown(speech.text(), false) + "\"";
    }
    return "you press " + SensitiveDigits.shown(((Input.Digits) input).digits(), sensitive);
  }
}
