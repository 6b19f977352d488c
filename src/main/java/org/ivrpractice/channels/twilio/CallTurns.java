package org.ivrpractice.channels.twilio;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.SensitiveDigits;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.CaseRecords;
import org.ivrpractice.session.SessionStore;
import org.ivrpractice.session.StoredCall;
import org.jboss.logging.Logger;

/**
 * Moves Twilio calls through the engine: starts them, applies the caller's input, keeps their state
 * between requests (or closes it when the call ends, recording the outcome) and answers with the
 * turn's TwiML, written from a template of the turn's shape ({@link TurnTemplates}). The answer is
 * given only once the call's record is written, so a caller never hears a turn the store lost. A
 * call's start and end are logged at DEBUG: at thousands of calls a minute, a line per call would
 * bury the lines that matter (problems, outages); how calls went is in their outcomes.
 */
final class CallTurns {

  private static final Logger LOG = Logger.getLogger(CallTurns.class);

  private final Engine engine = Engine.pausing();
  private final FlowCatalog catalog;
  private final SessionStore sessions;
  private final CaseRecords cases;
  private final CallOutcomes outcomes;
  private final TurnTemplates templates;

  CallTurns(
      FlowCatalog catalog,
      SessionStore sessions,
      CaseRecords cases,
      CallOutcomes outcomes,
      TurnTemplates templates) {
    this.catalog = catalog;
    this.sessions = sessions;
    this.cases = cases;
    this.outcomes = outcomes;
    this.templates = templates;
  }

  /**
   * Starts a call on a flow (again, if the call existed) and answers with its first turn.
   *
   * @param locale one of the flow's locales, or null for its first
   * @param preface what the channel says first, or null
   */
  CompletionStage<String> start(
      FlowRevision line, String callSid, String locale, long seed, String preface) {
    Flow flow = line.flow();
    String language = locale != null && flow.locales().contains(locale) ? locale : null;
    LOG.debugf("call %s: starts flow %s (revision %s)", callSid, flow.id(), line.id());
    return cases
        .settle(flow, engine.start(flow, language, seed))
        .thenCompose(step -> answer(flow, callSid, line.id(), step, preface, SessionStore.ANY));
  }

  /** The call's stored record, if it is known and has not expired. */
  CompletionStage<Optional<StoredCall>> session(String callSid) {
    return sessions.get(callSid);
  }

  /**
   * Applies the caller's input to a known call and answers with the next turn; fails with {@link
   * org.ivrpractice.session.StaleRecord} when another request of the call wrote it meanwhile.
   */
  CompletionStage<String> step(Flow flow, String callSid, StoredCall stored, Input input) {
    CallRecord call = stored.record();
    if (LOG.isDebugEnabled()) { // describing the input masks its digits: not for nothing
      LOG.debugf(
          "call %s at %s: %s",
          callSid, call.state().node(), describe(input, call.sensitiveInput()));
    }
    return cases
        .settle(flow, engine.step(flow, call.state(), input))
        .thenCompose(step -> answer(flow, callSid, call.revision(), step, null, stored.revision()));
  }

  /**
   * The caller hung up (or the call otherwise ended on Twilio's side) before the flow ended it:
   * closes the session and records the engine's outcome (abandoned).
   */
  void hungUp(Flow flow, String callSid, CallRecord call) {
    Step step = engine.step(flow, call.state(), Input.hangUp());
    outcomes.ended(callSid, flow.id(), step.turn().ending());
    LOG.debugf("call %s: the caller hung up at %s", callSid, call.state().node());
  }

  /**
   * Forgets a call; gives its record if it had one (the caller then {@link #release}s its
   * revision).
   */
  CompletionStage<Optional<CallRecord>> close(String callSid) {
    return sessions.remove(callSid);
  }

  /** A closed call no longer needs its revision kept. */
  void release(String callSid, CallRecord call) {
    catalog.release(call.revision(), callSid);
  }

  /** A stable seed per call, so that a retried first request generates the same references. */
  static long seedOf(String callSid) {
    return callSid.hashCode() & 0xffffffffL;
  }

  private CompletionStage<String> answer(
      Flow flow, String callSid, String revision, Step step, String preface, long replaces) {
    Turn turn = step.turn();
    CompletionStage<?> saved;
    if (turn.ended()) {
      saved = sessions.remove(callSid);
    } else {
      boolean sensitive = turn.awaiting() instanceof Awaiting.DigitEntry entry && entry.sensitive();
      saved = sessions.put(callSid, CallRecord.twilio(revision, step.state(), sensitive), replaces);
    }
    return saved.thenApply(
        done -> {
          if (turn.ended()) {
            catalog.release(revision, callSid);
            outcomes.ended(callSid, flow.id(), turn.ending());
            LOG.debugf("call %s: ended %s", callSid, turn.ending().outcome().yamlName());
          }
          return templates.turn(TurnDocument.of(flow.id(), step.state().locale(), turn, preface));
        });
  }

  /**
   * The input as a log may show it: never what was entered at a sensitive prompt, and any run of
   * digits that could be a card number masked wherever it was typed or said.
   */
  static String describe(Input input, boolean sensitive) {
    if (input instanceof Input.Digits digits) {
      return sensitive
          ? "keys (hidden: sensitive entry)"
          : "keys " + SensitiveDigits.shown(digits.digits(), false);
    }
    if (input instanceof Input.Speech speech) {
      String text = SensitiveDigits.shown(speech.text(), false);
      return sensitive
          ? "speech (hidden: sensitive entry)"
          : "speech \"" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "\"";
    }
    return input instanceof Input.Silence ? "silence" : "hang-up";
  }
}
