package org.ivrpractice.channels.twilio;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.SensitiveDigits;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.session.CallAnalytics;
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
  private final CallAnalytics analytics;

  CallTurns(
      FlowCatalog catalog,
      SessionStore sessions,
      CaseRecords cases,
      CallOutcomes outcomes,
      TurnTemplates templates,
      CallAnalytics analytics) {
    this.catalog = catalog;
    this.sessions = sessions;
    this.cases = cases;
    this.outcomes = outcomes;
    this.templates = templates;
    this.analytics = analytics;
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
        .thenCompose(
            step -> {
              CallTrace trace =
                  analytics.started(
                      CallRecord.TWILIO, step.state().locale(), null, step.turn(), null);
              Answer answer = new Answer(line.id(), step, trace, true);
              return answer(flow, callSid, answer, preface, SessionStore.ANY);
            });
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
        .thenCompose(
            step -> {
              CallTrace trace = analytics.after(call.trace(), input, step.turn(), null);
              Answer answer = new Answer(call.revision(), step, trace, false);
              return answer(flow, callSid, answer, null, stored.revision());
            });
  }

  /**
   * The caller hung up (or the call otherwise ended on Twilio's side) before the flow ended it:
   * closes the session and records the engine's outcome (abandoned).
   */
  void hungUp(Flow flow, String callSid, CallRecord call) {
    Step step = engine.step(flow, call.state(), Input.hangUp());
    outcomes.ended(callSid, flow.id(), step.turn().ending());
    CallTrace trace = analytics.after(call.trace(), Input.hangUp(), step.turn(), null);
    analytics.kept(flow.id(), call.revision(), trace, step.turn());
    LOG.debugf("call %s: the caller hung up at %s", callSid, call.state().node());
  }

  /**
   * Forgets a call; gives its record if it had one (the caller then {@link #release}s its
   * revision).
   */
  CompletionStage<Optional<CallRecord>> close(String callSid) {
    return sessions.remove(callSid);
  }

  /** The line failed a call whose record was closed: it ended in an error. */
  void failed(CallRecord call) {
    analytics.failed(call.state().flowId(), call.revision(), call.trace());
  }

  /** A closed call no longer needs its revision kept. */
  void release(String callSid, CallRecord call) {
    catalog.release(call.revision(), callSid);
  }

  /** A stable seed per call, so that a retried first request generates the same references. */
  static long seedOf(String callSid) {
    return callSid.hashCode() & 0xffffffffL;
  }

  /**
   * A step to answer with: the revision the call runs on, the trace after the step, and whether it
   * is the call's first.
   */
  private record Answer(String revision, Step step, CallTrace trace, boolean first) {}

  private CompletionStage<String> answer(
      Flow flow, String callSid, Answer answer, String preface, long replaces) {
    Step step = answer.step();
    Turn turn = step.turn();
    String revision = answer.revision();
    CompletionStage<?> saved;
    if (turn.ended()) {
      saved = sessions.remove(callSid);
    } else {
      boolean sensitive = turn.awaiting() instanceof Awaiting.DigitEntry entry && entry.sensitive();
      CallRecord call =
          CallRecord.twilio(revision, step.state(), sensitive).withTrace(answer.trace());
      saved = sessions.put(callSid, call, replaces);
    }
    return saved.thenApply(
        done -> {
          if (turn.ended()) {
            catalog.release(revision, callSid);
            outcomes.ended(callSid, flow.id(), turn.ending());
            LOG.debugf("call %s: ended %s", callSid, turn.ending().outcome().yamlName());
          }
          if (answer.first()) {
            analytics.began(flow.id(), revision, answer.trace(), turn);
          } else {
            analytics.kept(flow.id(), revision, answer.trace(), turn);
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
