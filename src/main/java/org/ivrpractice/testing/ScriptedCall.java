package org.ivrpractice.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.SensitiveDigits;

/**
 * One scenario's call while it runs: plays the caller's steps through a {@link CallDriver}, checks
 * the expectations against the last turn, and keeps the transcript (masking what the caller enters
 * at a sensitive entry). Each step returns null when it passes, else a {@link Miss}.
 */
final class ScriptedCall implements ScenarioStep.Visitor<ScriptedCall.Miss> {

  /**
   * Why a step failed.
   *
   * @param expected what the step expected (null for an error)
   * @param actual what happened instead (null when what was heard says it)
   */
  record Miss(String expected, String actual) {}

  private final CallDriver driver;
  private final List<String> transcript = new ArrayList<>();
  private CallView view;

  ScriptedCall(CallDriver driver) {
    this.driver = driver;
  }

  void start(String flowId, String locale, long seed) {
    took(driver.start(flowId, locale, seed));
  }

  List<String> transcript() {
    return List.copyOf(transcript);
  }

  /** The prompts of the last turn (none before the call starts). */
  List<String> heard() {
    return view == null ? List.of() : view.prompts();
  }

  CallView view() {
    return view;
  }

  @Override
  public Miss visit(ScenarioStep.Press step) {
    String keys = sensitive() ? masked(step.keys()) : step.keys();
    return send(Input.digits(step.keys()), "pressed " + keys, "press " + keys);
  }

  @Override
  public Miss visit(ScenarioStep.Say step) {
    if (sensitive()) {
      return send(
          Input.speech(step.words()),
          "said (not shown: a sensitive entry)",
          "speak a sensitive entry");
    }
    String said = "\"" + step.words() + "\"";
    return send(Input.speech(step.words()), "said " + said, "say " + said);
  }

  @Override
  public Miss visit(ScenarioStep.Silence step) {
    return send(Input.silence(), "(silence)", "stay silent");
  }

  @Override
  public Miss visit(ScenarioStep.HangUp step) {
    return send(Input.hangUp(), "hung up", "hang up");
  }

  @Override
  public Miss visit(ScenarioStep.Hear step) {
    String heard = folded(String.join(" ", view.prompts()));
    return heard.contains(folded(step.text()))
        ? null
        : new Miss("to hear \"" + step.text() + "\"", null);
  }

  /** A channel that cannot tell where the call is lets {@code at} pass. */
  @Override
  public Miss visit(ScenarioStep.At step) {
    if (view.node() == null || view.node().equals(step.node())) {
      return null;
    }
    String ended = view.ended() ? ", where it ended (" + view.ending().describe() + ")" : "";
    return new Miss("the call at " + step.node(), "it is at " + view.node() + ended);
  }

  @Override
  public Miss visit(ScenarioStep.End step) {
    String expected = "the call to end " + step.how();
    if (!view.ended()) {
      return new Miss(expected, "the call goes on" + where() + ", waiting for the caller");
    }
    CallView.Ended ending = view.ending();
    boolean sameQueue = step.queue() == null || step.queue().equals(ending.queue());
    if (ending.outcome() == step.outcome() && sameQueue) {
      return null;
    }
    return new Miss(expected, "it ended" + where() + " (" + ending.describe() + ")");
  }

  private Miss send(Input input, String line, String action) {
    if (view.ended()) {
      return new Miss(
          "the call to go on, for the caller to " + action,
          "the call had already ended" + where() + " (" + view.ending().describe() + ")");
    }
    transcript.add("Caller: " + line);
    took(driver.send(input));
    return null;
  }

  private void took(CallView next) {
    view = next;
    next.prompts().forEach(p -> transcript.add("IVR: " + p));
    if (next.ended()) {
      transcript.add("(the call ended: " + next.ending().describe() + ")");
    }
  }

  private boolean sensitive() {
    return view.sensitiveEntry();
  }

  private String where() {
    return view.node() == null ? "" : " at " + view.node();
  }

  /** The keys with every digit but the last four hidden; a finishing # or * stays visible. */
  static String masked(String keys) {
    boolean finished = keys.endsWith("#") || keys.endsWith("*");
    String body = finished ? keys.substring(0, keys.length() - 1) : keys;
    return SensitiveDigits.mask(body) + (finished ? keys.substring(keys.length() - 1) : "");
  }

  /** Case and runs of spaces ignored. */
  private static String folded(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
