package org.ivrpractice.channels.twilio;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.ivrpractice.session.Async;
import org.ivrpractice.session.StoreUnavailable;
import org.jboss.logging.Logger;

/**
 * What a caller hears when handling a webhook fails, in this server or in the call store: an
 * apology that moves the call on (to the fallback number, else goodbye), never an error status,
 * which a caller would hear as "an application error has occurred".
 */
final class CallApologies {

  /** Logged under the webhooks' own category, where a failed request has always been logged. */
  private static final Logger LOG = Logger.getLogger(TwilioCalls.class);

  private final CallTurns turns;
  private final CallOutcomes outcomes;
  private final TwimlRenderer renderer;
  private final TwimlCache<String> cache;

  CallApologies(
      CallTurns turns, CallOutcomes outcomes, TwimlRenderer renderer, TwimlCache<String> cache) {
    this.turns = turns;
    this.outcomes = outcomes;
    this.renderer = renderer;
    this.cache = cache;
  }

  /** The work's answer, or the apology when it fails (logged, once per store outage). */
  CompletionStage<String> safely(
      String callSid, String locale, Supplier<CompletionStage<String>> work) {
    return Async.attempt(work)
        .exceptionally(
            failed -> {
              Throwable e = Async.cause(failed);
              if (e instanceof StoreUnavailable) {
                // The store logs its outage (or that it is full) once; a line per request would
                // bury it.
                LOG.debugf(
                    "call %s: the call store did not answer; the caller hears an apology", callSid);
              } else {
                LOG.errorf(e, "call %s: the request failed; the caller hears an apology", callSid);
              }
              return failure(callSid, locale);
            });
  }

  /**
   * The answer when handling a request failed: an apology, then the fallback or goodbye. It does
   * not wait for the call store (which may be what failed): the call's record is dropped in the
   * background, and the outcome is recorded in this process.
   */
  String failure(String callSid, String locale) {
    if (callSid != null) {
      Async.attempt(() -> turns.close(callSid))
          .whenComplete(
              (closed, e) -> {
                if (e != null) {
                  outcomes.failed(callSid, null);
                  LOG.debugf("call %s: its record could not be dropped: %s", callSid, e);
                } else {
                  closed.ifPresent(call -> turns.release(callSid, call));
                  closed.ifPresent(turns::failed);
                  outcomes.failed(callSid, closed.map(c -> c.state().flowId()).orElse(null));
                }
              });
    }
    return apology(CallerMessages.of(locale).apology(), locale);
  }

  /** An apology for this reason, then the fallback or goodbye (rendered once per reason). */
  String apology(String reason, String locale) {
    return cache.get(new ApologyKey(reason, locale), () -> renderer.apology(reason, locale));
  }

  private record ApologyKey(String reason, String locale) {}
}
