package org.ivrpractice.channels.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.ivrpractice.channels.web.LimitsConfig;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.Queue;
import org.ivrpractice.session.Async;
import org.ivrpractice.session.CallAnalytics;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.CaseRecords;
import org.ivrpractice.session.SessionStore;
import org.ivrpractice.session.StoredCall;
import org.jboss.logging.Logger;

/**
 * What the Twilio webhooks do, request by request. Each answer is TwiML; anything that goes wrong
 * (in this server or in the call store) becomes an apology ({@link CallApologies}) that moves the
 * call on, never an error status. Each answer is a {@link CompletionStage}: the call store may be
 * in another process, and the webhooks run on the event loop, which must never wait for it.
 */
@ApplicationScoped
public class TwilioCalls {

  private static final Logger LOG = Logger.getLogger(TwilioCalls.class);

  /** How often an input is taken again when another request of the call wrote it first. */
  private static final int STALE_RETRIES = 3;

  private final FlowCatalog catalog;
  private final String defaultFlow;
  private final CallOutcomes outcomes;
  private final TwimlRenderer renderer;
  private final CallTurns turns;
  private final TwimlCache<String> cache;
  private final LimitsConfig limits;
  private final CallApologies apologies;

  public TwilioCalls(
      FlowCatalog catalog,
      SessionStore sessions,
      CaseRecords cases,
      TwilioConfig config,
      LimitsConfig limits,
      CallAnalytics analytics) {
    this.catalog = catalog;
    this.limits = limits;
    this.defaultFlow = config.twilio().defaultFlow();
    this.outcomes = new CallOutcomes(config.twilio().recentOutcomes(), Clock.systemUTC());
    this.renderer = new TwimlRenderer(TwimlSettings.of(config));
    this.cache = new TwimlCache<>(config.twilio().twimlCacheSize());
    TurnTemplates templates =
        new TurnTemplates(renderer, new TwimlCache<>(config.twilio().twimlCacheSize()));
    this.turns = new CallTurns(catalog, sessions, cases, outcomes, templates, analytics);
    this.apologies = new CallApologies(turns, outcomes, renderer, cache);
  }

  /** The outcomes of recent calls. */
  public CallOutcomes outcomes() {
    return outcomes;
  }

  /**
   * A new call: starts the flow (the default one when {@code flowId} is null).
   *
   * @param locale a locale of the flow, or null (an unknown one is ignored)
   * @param seed the seed of the call's reference numbers, or null to derive one from the call id
   */
  public CompletionStage<String> answer(String flowId, String callSid, String locale, Long seed) {
    String id = flowId == null ? defaultFlow : flowId;
    return safely(
        callSid,
        locale,
        () -> {
          Optional<FlowRevision> line = catalog.current(id);
          if (line.isEmpty()) {
            LOG.warnf(
                "call %s: there is no flow '%s'; the lines are %s",
                callSid, LoggedText.of(id), catalog.lineIds());
            return Async.done(apology(CallerMessages.of(locale).lineNotAvailable(), locale));
          }
          long s = seed != null ? seed : CallTurns.seedOf(callSid);
          return startOn(line.get(), callSid, locale, s, null);
        });
  }

  /**
   * The caller's input at a {@code <Gather>} (or silence). When another request of the same call
   * wrote its record meanwhile (a retry racing on another instance), the input is taken again on
   * the record as it is now.
   */
  public CompletionStage<String> input(String flowId, String callSid, WebhookParams params) {
    return safely(
        callSid,
        null,
        () ->
            Async.retryWhenStale(
                () -> turns.session(callSid).thenCompose(s -> take(flowId, callSid, s, params)),
                STALE_RETRIES));
  }

  private CompletionStage<String> take(
      String flowId, String callSid, Optional<StoredCall> stored, WebhookParams params) {
    if (stored.isEmpty()) {
      return recover(flowId, callSid, null, null);
    }
    CallRecord call = stored.get().record();
    return catalog
        .flowOf(call.state().flowId(), call.revision(), callSid)
        .thenCompose(
            flow ->
                flow.isEmpty()
                    ? recover(flowId, callSid, call.state().locale(), null)
                    : turns.step(
                        flow.get(),
                        callSid,
                        stored.get(),
                        params.input(limits.digits(), limits.speechChars())));
  }

  /** Starts a call on a revision of a line, which the call keeps to its end. */
  private CompletionStage<String> startOn(
      FlowRevision line, String callSid, String locale, long seed, String preface) {
    return catalog
        .pin(line, callSid)
        .thenCompose(shared -> turns.start(line, callSid, locale, seed, preface));
  }

  /** How a {@code <Dial>} to a queue's number went: done, or back to the start of the flow. */
  public CompletionStage<String> dialResult(
      String flowId, String callSid, String dialStatus, String locale) {
    return safely(
        callSid,
        locale,
        () -> {
          if (dialStatus.equals("completed") || dialStatus.equals("answered")) {
            return Async.done(renderer.hangup());
          }
          LOG.infof(
              "call %s: the dialled line answered '%s'; back to the start",
              callSid, LoggedText.of(dialStatus));
          return recover(flowId, callSid, locale, CallerMessages.of(locale).noAgentAnswered());
        });
  }

  /** How a caller left a Twilio queue: served, or back to the start of the flow. */
  public CompletionStage<String> queueResult(
      String flowId, String callSid, String queueResult, String locale) {
    return safely(
        callSid,
        locale,
        () -> {
          if (queueResult.equals("bridged") || queueResult.equals("hangup")) {
            return Async.done(renderer.hangup());
          }
          LOG.infof(
              "call %s: left the queue '%s'; back to the start",
              callSid, LoggedText.of(queueResult));
          return recover(flowId, callSid, locale, CallerMessages.of(locale).noAgentAnswered());
        });
  }

  /**
   * The hold announcement of a caller in a Twilio queue.
   *
   * @param averageWait Twilio's average wait in the queue in seconds (0 when it has none yet)
   */
  public CompletionStage<String> queueWait(
      String flowId, String queue, String locale, int position, int averageWait) {
    return safely(
        null,
        locale,
        () -> {
          int wait = averageWait > 0 ? averageWait : simulatedWait(flowId, queue);
          int place = Math.max(1, position);
          return Async.done(
              cache.get(
                  new WaitKey(locale, place, wait), () -> renderer.queueWait(locale, place, wait)));
        });
  }

  /** The status callback: a call ended on Twilio's side, so its session is closed. */
  public CompletionStage<String> status(String callSid, String callStatus, Integer duration) {
    return safely(
        callSid,
        null,
        () -> {
          if (!WebhookParams.FINAL_CALL_STATUSES.contains(callStatus)) {
            return Async.done(renderer.empty());
          }
          return turns
              .close(callSid)
              .thenApply(
                  closed -> {
                    closed.ifPresent(call -> closeUnfinished(callSid, call));
                    closed.ifPresent(call -> turns.release(callSid, call));
                    outcomes.status(callSid, callStatus, duration);
                    return renderer.empty();
                  });
        });
  }

  /** Twilio's fallback request (the voice webhook failed): apologise and move the call on. */
  public CompletionStage<String> fallback(String callSid, String errorCode) {
    LOG.warnf(
        "call %s: Twilio requested the fallback URL (error code %s)",
        callSid, errorCode.isEmpty() ? "none" : LoggedText.of(errorCode));
    if (callSid == null) {
      return Async.done(failure(null, null));
    }
    return turns
        .session(callSid)
        .handle(
            (stored, failed) ->
                failure(
                    callSid,
                    failed != null
                        ? null
                        : stored.map(s -> s.record().state().locale()).orElse(null)));
  }

  /**
   * The answer when handling a request failed: an apology, then the fallback or goodbye.
   *
   * @see CallApologies#failure
   */
  public String failure(String callSid, String locale) {
    return apologies.failure(callSid, locale);
  }

  private CompletionStage<String> recover(
      String flowId, String callSid, String locale, String preface) {
    Optional<FlowRevision> line = catalog.current(flowId).or(() -> catalog.current(defaultFlow));
    if (line.isEmpty()) {
      return Async.done(failure(callSid, locale));
    }
    if (preface == null) {
      LOG.infof("call %s: unknown or expired; starting %s again", callSid, line.get().flowId());
    }
    String lang = locale != null ? locale : line.get().flow().defaultLocale();
    String said = preface != null ? preface : CallerMessages.of(lang).lostTrack();
    return startOn(line.get(), callSid, locale, CallTurns.seedOf(callSid), said);
  }

  private void closeUnfinished(String callSid, CallRecord call) {
    catalog
        .kept(call.state().flowId(), call.revision())
        .ifPresent(line -> turns.hungUp(line.flow(), callSid, call));
  }

  private int simulatedWait(String flowId, String queue) {
    return catalog
        .line(flowId)
        .filter(flow -> queue != null)
        .map(flow -> flow.queues().get(queue))
        .map(Queue::waitSeconds)
        .orElse(60);
  }

  private String apology(String reason, String locale) {
    return apologies.apology(reason, locale);
  }

  private CompletionStage<String> safely(
      String callSid, String locale, Supplier<CompletionStage<String>> work) {
    return apologies.safely(callSid, locale, work);
  }

  private record WaitKey(String locale, int position, int waitSeconds) {}
}
