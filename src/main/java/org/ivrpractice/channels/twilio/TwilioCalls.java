package org.ivrpractice.channels.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.Queue;
import org.ivrpractice.session.CallSession;
import org.ivrpractice.session.SessionStore;
import org.jboss.logging.Logger;

/**
 * What the Twilio webhooks do, request by request. Each answer is TwiML; anything that goes wrong
 * becomes an apology that moves the call on (to the fallback number, else goodbye), never an error
 * status, which a caller would hear as "an application error has occurred".
 */
@ApplicationScoped
public class TwilioCalls {

  private static final Logger LOG = Logger.getLogger(TwilioCalls.class);

  private final FlowCatalog catalog;
  private final String defaultFlow;
  private final CallOutcomes outcomes;
  private final TwimlRenderer renderer;
  private final CallTurns turns;
  private final TwimlCache<String> cache;

  public TwilioCalls(FlowCatalog catalog, SessionStore sessions, TwilioConfig config) {
    this.catalog = catalog;
    this.defaultFlow = config.twilio().defaultFlow();
    this.outcomes = new CallOutcomes(config.twilio().recentOutcomes(), Clock.systemUTC());
    this.renderer = new TwimlRenderer(TwimlSettings.of(config));
    this.cache = new TwimlCache<>(config.twilio().twimlCacheSize());
    TurnTemplates templates =
        new TurnTemplates(renderer, new TwimlCache<>(config.twilio().twimlCacheSize()));
    this.turns = new CallTurns(sessions, outcomes, templates);
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
  public String answer(String flowId, String callSid, String locale, Long seed) {
    String id = flowId == null ? defaultFlow : flowId;
    return safely(
        callSid,
        locale,
        () -> {
          Optional<Flow> flow = catalog.line(id);
          if (flow.isEmpty()) {
            LOG.warnf(
                "call %s: there is no flow '%s'; the lines are %s",
                callSid, shown(id), catalog.lineIds());
            return apology(CallerMessages.of(locale).lineNotAvailable(), locale);
          }
          long s = seed != null ? seed : CallTurns.seedOf(callSid);
          return turns.start(flow.get(), callSid, locale, s, null);
        });
  }

  /** The caller's input at a {@code <Gather>} (or silence). */
  public String input(String flowId, String callSid, WebhookParams params) {
    return safely(
        callSid,
        null,
        () -> {
          Optional<CallSession> session = turns.session(callSid);
          if (session.isEmpty()) {
            return recover(flowId, callSid, null, null);
          }
          String running = session.get().state().flowId();
          Optional<Flow> flow = catalog.line(running);
          if (flow.isEmpty()) {
            return recover(flowId, callSid, session.get().state().locale(), null);
          }
          return turns.step(flow.get(), callSid, session.get(), params.input());
        });
  }

  /** How a {@code <Dial>} to a queue's number went: done, or back to the start of the flow. */
  public String dialResult(String flowId, String callSid, String dialStatus, String locale) {
    return safely(
        callSid,
        locale,
        () -> {
          if (dialStatus.equals("completed") || dialStatus.equals("answered")) {
            return renderer.hangup();
          }
          LOG.infof(
              "call %s: the dialled line answered '%s'; back to the start",
              callSid, shown(dialStatus));
          return recover(flowId, callSid, locale, CallerMessages.of(locale).noAgentAnswered());
        });
  }

  /** How a caller left a Twilio queue: served, or back to the start of the flow. */
  public String queueResult(String flowId, String callSid, String queueResult, String locale) {
    return safely(
        callSid,
        locale,
        () -> {
          if (queueResult.equals("bridged") || queueResult.equals("hangup")) {
            return renderer.hangup();
          }
          LOG.infof("call %s: left the queue '%s'; back to the start", callSid, shown(queueResult));
          return recover(flowId, callSid, locale, CallerMessages.of(locale).noAgentAnswered());
        });
  }

  /**
   * The hold announcement of a caller in a Twilio queue.
   *
   * @param averageWait Twilio's average wait in the queue in seconds (0 when it has none yet)
   */
  public String queueWait(
      String flowId, String queue, String locale, int position, int averageWait) {
    return safely(
        null,
        locale,
        () -> {
          int wait = averageWait > 0 ? averageWait : simulatedWait(flowId, queue);
          int place = Math.max(1, position);
          return cache.get(
              new WaitKey(locale, place, wait), () -> renderer.queueWait(locale, place, wait));
        });
  }

  /** The status callback: a call ended on Twilio's side, so its session is closed. */
  public String status(String callSid, String callStatus, Integer duration) {
    return safely(
        callSid,
        null,
        () -> {
          if (!WebhookParams.FINAL_CALL_STATUSES.contains(callStatus)) {
            return renderer.empty();
          }
          turns.close(callSid).ifPresent(session -> closeUnfinished(callSid, session));
          outcomes.status(callSid, callStatus, duration);
          return renderer.empty();
        });
  }

  /** Twilio's fallback request (the voice webhook failed): apologise and move the call on. */
  public String fallback(String callSid, String errorCode) {
    LOG.warnf(
        "call %s: Twilio requested the fallback URL (error code %s)",
        callSid, errorCode.isEmpty() ? "none" : shown(errorCode));
    String locale =
        callSid == null ? null : turns.session(callSid).map(s -> s.state().locale()).orElse(null);
    return failure(callSid, locale);
  }

  /** The answer when handling a request failed: an apology, then the fallback or goodbye. */
  public String failure(String callSid, String locale) {
    if (callSid != null) {
      Optional<CallSession> session = turns.close(callSid);
      outcomes.failed(callSid, session.map(s -> s.state().flowId()).orElse(null));
    }
    return apology(CallerMessages.of(locale).apology(), locale);
  }

  private String recover(String flowId, String callSid, String locale, String preface) {
    Optional<Flow> flow = catalog.line(flowId).or(() -> catalog.line(defaultFlow));
    if (flow.isEmpty()) {
      return failure(callSid, locale);
    }
    if (preface == null) {
      LOG.infof("call %s: unknown or expired; starting %s again", callSid, flow.get().id());
    }
    String lang = locale != null ? locale : flow.get().defaultLocale();
    String said = preface != null ? preface : CallerMessages.of(lang).lostTrack();
    return turns.start(flow.get(), callSid, locale, CallTurns.seedOf(callSid), said);
  }

  private void closeUnfinished(String callSid, CallSession session) {
    catalog.line(session.state().flowId()).ifPresent(flow -> turns.hungUp(flow, callSid, session));
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
    return cache.get(new ApologyKey(reason, locale), () -> renderer.apology(reason, locale));
  }

  private String safely(String callSid, String locale, Supplier<String> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      LOG.errorf(e, "call %s: the request failed; the caller hears an apology", callSid);
      return failure(callSid, locale);
    }
  }

  /** Text from a request, safe to log: no control characters (no forged lines), not too long. */
  private static String shown(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 60 ? clean : clean.substring(0, 60) + "...";
  }

  private record ApologyKey(String reason, String locale) {}

  private record WaitKey(String locale, int position, int waitSeconds) {}
}
