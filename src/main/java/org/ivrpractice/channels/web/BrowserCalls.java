package org.ivrpractice.channels.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.engine.Turn;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.practice.CallRecorder;
import org.ivrpractice.practice.Hint;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionCatalog;
import org.ivrpractice.practice.MissionGoal;
import org.ivrpractice.practice.MissionReview;
import org.ivrpractice.practice.PracticeCall;
import org.ivrpractice.session.Async;
import org.ivrpractice.session.CallAnalytics;
import org.ivrpractice.session.CallRecord;
import org.ivrpractice.session.CaseRecords;
import org.ivrpractice.session.SessionStore;
import org.ivrpractice.session.StaleRecord;
import org.ivrpractice.session.StoredCall;

/**
 * The browser simulator's calls: starts them, takes the caller's inputs through the {@link Engine},
 * and keeps each call's record (engine state and practice record) in the {@link SessionStore} that
 * every channel shares. A change is written only over the revision it was made from; when another
 * request of the call (on this instance or another) wrote first, the change is made again on what
 * is stored now, so an input that answers a turn already past (a double click) is not taken twice.
 *
 * <p>These requests run on worker threads (the practice record's routes take milliseconds), so they
 * wait for the store's answer.
 */
@ApplicationScoped
public class BrowserCalls {

  /** How often a change is made again when another request of the call wrote first. */
  private static final int STALE_RETRIES = 5;

  /** The longest a request waits for the store (which bounds each operation itself). */
  private static final Duration STORE_WAIT = Duration.ofSeconds(5);

  private final Engine engine = Engine.pausing();
  private final SecureRandom random = new SecureRandom();
  private final FlowCatalog flows;
  private final MissionCatalog missions;
  private final SessionStore store;
  private final CallRecorder recorder;
  private final MissionReview review;

  private final CaseRecords cases;
  private final LimitsConfig limits;
  private final CallAnalytics analytics;

  public BrowserCalls(
      FlowCatalog flows,
      MissionCatalog missions,
      SessionStore store,
      CaseRecords cases,
      LimitsConfig limits,
      CallAnalytics analytics) {
    this.flows = flows;
    this.analytics = analytics;
    this.limits = limits;
    this.missions = missions;
    this.store = store;
    this.cases = cases;
    this.recorder = new CallRecorder(missions.routes());
    this.review = new MissionReview(missions.routes());
  }

  public TurnView start(CallRequests.Start request) {
    StartedCall asked = StartedCall.of(request, flows, missions);
    FlowRevision revision = asked.revision();
    Flow line = asked.line();
    Mission mission = asked.mission();
    Step step = await(cases.settle(line, engine.start(line, asked.locale(), random.nextLong())));
    String id = newId();
    CallTrace trace = traceOf(revision, mission, step);
    CallRecord call =
        record(revision.id(), step, recorder.started(line, mission, step)).withTrace(trace);
    await(flows.pin(revision, id));
    await(store.put(id, call, SessionStore.NEW));
    analytics.began(line.id(), revision.id(), trace, step.turn());
    return view(id, call.practice(), line, mission);
  }

  /**
   * A new call's trace for analytics; none for a draft tried from the editor (its calls are not the
   * line's callers).
   */
  private CallTrace traceOf(FlowRevision revision, Mission mission, Step step) {
    return revision.draft()
        ? null
        : analytics.started(
            CallRecord.BROWSER,
            step.state().locale(),
            mission == null ? null : mission.id(),
            step.turn(),
            goalOf(mission));
  }

  public TurnView input(String id, CallRequests.Caller request) {
    Input input = request.toInput(limits.digits(), limits.speechChars());
    return update(
        id,
        request.turn(),
        call -> {
          if (call.practice().ended()) {
            throw ApiProblem.callEnded();
          }
          return take(id, call, input);
        });
  }

  /**
   * Hangs up: a call under way ends, a call on hold (transferred) is left in the queue; a call
   * already ended is left as it is.
   */
  public TurnView hangUp(String id) {
    return update(
        id,
        null,
        call ->
            call.practice().ended()
                ? new Change(
                    call.next(call.state(), false, recorder.leftHold(call.practice())), null)
                : take(id, call, new Input.HangUp()));
  }

  public CallReport report(String id) {
    CallRecord call = find(id).record();
    PracticeCall p = call.practice();
    Flow line = line(id, call);
    Mission mission = missionOf(p, line);
    return new CallReport(
        id,
        p.flowId(),
        call.state().locale(),
        p.turn(),
        p.state(),
        p.status(),
        p.node(),
        p.transcript(),
        p.path(),
        review.progress(p, line, mission),
        review.quickestPath(line, mission));
  }

  /** The next step of the quickest route to the mission's goal; counted on the score card. */
  public Hint hint(String id) {
    return retried(
        () -> {
          StoredCall stored = find(id);
          CallRecord call = stored.record();
          Flow line = line(id, call);
          Mission mission = missionOf(call.practice(), line);
          if (mission == null) {
            throw ApiProblem.badInput(
                "Hints come with practice missions: start a call with a mission to get them.");
          }
          Hint hint = review.hint(call.practice(), call.state(), line, mission);
          if (!call.practice().tally().finished()) {
            CallRecord hinted =
                call.next(
                    call.state(), call.sensitiveInput(), review.withHint(call.practice(), hint));
            await(store.put(id, hinted, stored.revision()));
          }
          return hint;
        });
  }

  /** A call's record after a change, and the engine's turn that made it (or null). */
  private record Change(CallRecord record, Turn turn) {}

  private Change take(String id, CallRecord call, Input input) {
    Flow line = line(id, call);
    Mission mission = missionOf(call.practice(), line);
    // An ended browser call keeps its revision: its last turn, transcript and score card are read
    // after the end, so the revision is freed when the call's record expires (the idle
    // time-to-live).
    Step step = await(cases.settle(line, engine.step(line, call.state(), input)));
    CallTrace trace = analytics.after(call.trace(), input, step.turn(), goalOf(mission));
    PracticeCall practice = recorder.after(call.practice(), line, mission, input, step);
    return new Change(record(call.revision(), step, practice).withTrace(trace), step.turn());
  }

  private TurnView update(String id, Integer turn, Function<CallRecord, Change> change) {
    return retried(
        () -> {
          StoredCall stored = find(id);
          CallRecord call = stored.record();
          if (turn == null || turn == call.practice().turn()) {
            Change made = change.apply(call);
            call = made.record();
            await(store.put(id, call, stored.revision()));
            if (made.turn() != null) {
              analytics.kept(call.practice().flowId(), call.revision(), call.trace(), made.turn());
            }
          }
          Flow line = line(id, call);
          return view(id, call.practice(), line, missionOf(call.practice(), line));
        });
  }

  /** Runs a read-change-write again while another request of the call keeps writing first. */
  private static <T> T retried(java.util.function.Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (StaleRecord e) {
        if (attempt >= STALE_RETRIES) {
          throw e;
        }
      }
    }
  }

  private StoredCall find(String id) {
    Optional<StoredCall> stored = id == null ? Optional.empty() : await(store.get(id));
    return stored
        .filter(s -> CallRecord.BROWSER.equals(s.record().channel()))
        .filter(s -> s.record().practice() != null)
        .orElseThrow(ApiProblem::callGone);
  }

  private static CallRecord record(String revision, Step step, PracticeCall practice) {
    boolean sensitive =
        step.turn().awaiting() instanceof Awaiting.DigitEntry entry && entry.sensitive();
    return CallRecord.browser(revision, step.state(), sensitive, practice);
  }

  private static <T> T await(CompletionStage<T> operation) {
    return Async.await(operation, STORE_WAIT.toMillis());
  }

  private TurnView view(String id, PracticeCall call, Flow line, Mission mission) {
    return TurnView.of(id, call, review.progress(call, line, mission));
  }

  /** The line a call continues on: the revision it started on. */
  private Flow line(String id, CallRecord call) {
    return await(flows.flowOf(call.practice().flowId(), call.revision(), id))
        .orElseThrow(ApiProblem::callGone);
  }

  private static MissionGoal goalOf(Mission mission) {
    return mission == null ? null : mission.goal();
  }

  private Mission missionOf(PracticeCall call, Flow line) {
    return call.missionId() == null
        ? null
        : missions.find(line.id(), call.missionId()).orElse(null);
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
