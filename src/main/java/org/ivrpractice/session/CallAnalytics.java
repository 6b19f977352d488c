package org.ivrpractice.session;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.CallSummary;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.practice.MissionGoal;
import org.jboss.logging.Logger;

/**
 * Records where every channel's callers go: it starts each call's {@link CallTrace} (which the
 * channel keeps in the call's record), counts each turn in the {@code ivr_*} metrics once the
 * channel has kept it, and gives an ended call's {@link CallSummary} to the {@link CallLog}.
 *
 * <p>A channel calls {@link #started} and {@link #after} to make the next trace (no side effect),
 * and {@link #began} or {@link #kept} only once the record is written: a request taken again
 * because another wrote first is then counted once. The log is written without waiting, and a
 * failure of it is counted and logged once per outage: a call never waits for analytics, and never
 * fails because of it. With {@code ivr.analytics.enabled=false} every trace is null and nothing is
 * recorded.
 */
@ApplicationScoped
public class CallAnalytics {

  private static final Logger LOG = Logger.getLogger(CallAnalytics.class);

  private final boolean enabled;
  private final CallLog log;
  private final CallMeters meters;
  private final Clock clock;
  private final AtomicBoolean logFailing = new AtomicBoolean();
  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();

  @Inject
  public CallAnalytics(AnalyticsConfig config, CallLog log, MeterRegistry registry) {
    this(config.enabled(), log, registry, Clock.systemUTC());
  }

  public CallAnalytics(boolean enabled, CallLog log, MeterRegistry registry, Clock clock) {
    this.enabled = enabled;
    this.log = log;
    this.meters = new CallMeters(registry);
    this.clock = clock;
  }

  /**
   * The trace of a call that has just started with {@code first}, or null when recording is off.
   *
   * @param channel {@code twilio}, {@code browser}, {@code terminal} or {@code scripted}
   * @param mission the practice mission's id, or null
   * @param goal the mission's goal, or null
   */
  public CallTrace started(
      String channel, String locale, String mission, Turn first, MissionGoal goal) {
    return enabled
        ? CallTrace.started(channel, locale, mission, clock.millis(), first, goal)
        : null;
  }

  /** The trace after the caller's input and the turn it gave (null stays null). */
  public CallTrace after(CallTrace trace, Input input, Turn turn, MissionGoal goal) {
    return trace == null ? null : trace.after(input, turn, goal);
  }

  /** A call's first turn is kept: counts the call's start, then the turn as {@link #kept} does. */
  public void began(String line, String revision, CallTrace trace, Turn first) {
    if (trace != null) {
      meters.started(line, trace.channel());
      kept(line, revision, trace, first);
    }
  }

  /**
   * A turn of a call is kept (or, the call having ended, its record removed): counts what happened
   * in it and, when it ended the call, records the summary.
   *
   * @param line the line called
   * @param revision the line's revision the call runs on, or null when unknown
   * @param trace the call's trace after the turn (null: not recorded)
   */
  public void kept(String line, String revision, CallTrace trace, Turn turn) {
    if (trace == null) {
      return;
    }
    meters.turn(line, turn);
    if (turn.ended()) {
      record(trace.end(newId(), line, revision, turn, clock.millis(), false));
    }
  }

  /** The line failed the call (the caller heard an apology): its summary, ending in an error. */
  public void failed(String line, String revision, CallTrace trace) {
    if (trace != null) {
      record(trace.failed(newId(), line, revision, clock.millis()));
    }
  }

  private void record(CallSummary summary) {
    meters.ended(summary);
    try {
      CompletableFuture<Void> append = log.append(summary).toCompletableFuture();
      pending.add(append);
      append.whenComplete((done, e) -> pending.remove(append));
      append.whenComplete(
          (done, e) -> {
            if (e != null) {
              logFailed(e);
            } else if (logFailing.get() && logFailing.compareAndSet(true, false)) {
              LOG.info("The call log keeps calls' summaries again.");
            }
          });
    } catch (RuntimeException e) {
      logFailed(e);
    }
  }

  /**
   * Waits, at most {@code timeout}, for the summaries given to the log to be kept: a command (a
   * {@code simulate} or {@code test} run) calls it before its process exits, so that the calls it
   * made reach a log in Redis. A server never needs to.
   */
  public void drain(Duration timeout) {
    CompletableFuture<?>[] all = pending.toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(all).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // each failure is counted and logged where it happened; a slow log is not waited for longer
    }
  }

  private void logFailed(Throwable e) {
    meters.logFailed();
    if (logFailing.compareAndSet(false, true)) {
      LOG.warnf(
          "The call log did not keep a call's summary (%s); calls go on, and the summaries of"
              + " calls that end until it recovers are lost (counted in"
              + " ivr_call_log_failures_total).",
          Async.cause(e).toString());
    }
  }

  /**
   * A summary's own id: random, never a CallSid or a browser call's id (which is the caller's key
   * to the call). Not a secret, so the fast generator does.
   */
  private static String newId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return Long.toHexString(r.nextLong() | Long.MIN_VALUE)
        + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
  }
}
