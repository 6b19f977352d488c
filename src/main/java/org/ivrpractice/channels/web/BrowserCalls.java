package org.ivrpractice.channels.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Input;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.practice.CallRecorder;
import org.ivrpractice.practice.Hint;
import org.ivrpractice.practice.Mission;
import org.ivrpractice.practice.MissionCatalog;
import org.ivrpractice.practice.MissionReview;
import org.ivrpractice.practice.PracticeCall;

/**
 * The browser simulator's calls: starts them, takes the caller's inputs through the {@link Engine},
 * and keeps each call's record in the {@link BrowserCallStore}. Requests for one call are taken one
 * at a time, and an input that answers a turn already past (a double click) is not taken twice.
 */
@ApplicationScoped
public class BrowserCalls {

  private final Engine engine = new Engine();
  private final SecureRandom random = new SecureRandom();
  private final Object[] locks = new Object[64];
  private final FlowCatalog flows;
  private final MissionCatalog missions;
  private final BrowserCallStore store;
  private final CallRecorder recorder;
  private final MissionReview review;

  public BrowserCalls(FlowCatalog flows, MissionCatalog missions, BrowserCallStore store) {
    this.flows = flows;
    this.missions = missions;
    this.store = store;
    this.recorder = new CallRecorder(missions.routes());
    this.review = new MissionReview(missions.routes());
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  public TurnView start(CallRequests.Start request) {
    if (request.flow() == null || request.flow().isBlank()) {
      throw ApiProblem.badInput(
          "Say which line to call: {\"flow\": \"card-services\"}. " + flows.knownLines());
    }
    Flow line = line(request.flow());
    Mission mission = request.mission() == null ? null : mission(line, request.mission());
    String locale =
        request.locale() != null
            ? request.locale()
            : mission != null && mission.locale() != null ? mission.locale() : line.defaultLocale();
    if (!line.locales().contains(locale)) {
      throw ApiProblem.badInput(
          "The line "
              + line.id()
              + " does not speak "
              + locale
              + "; it speaks "
              + String.join(", ", line.locales())
              + ".");
    }
    Step step = engine.start(line, locale, random.nextLong());
    BrowserCall call =
        new BrowserCall(newId(), step.state(), recorder.started(line, mission, step));
    store.put(call);
    return view(call, line, mission);
  }

  public TurnView input(String id, CallRequests.Caller request) {
    Input input = request.toInput();
    return update(
        id,
        request.turn(),
        call -> {
          if (call.ended()) {
            throw ApiProblem.callEnded();
          }
          return take(call, input);
        });
  }

  /** Hangs up; a call already ended is left as it is. */
  public TurnView hangUp(String id) {
    return update(id, null, call -> call.ended() ? call : take(call, new Input.HangUp()));
  }

  public CallReport report(String id) {
    BrowserCall call = store.get(id).orElseThrow(ApiProblem::callGone);
    Flow line = line(call.practice().flowId());
    Mission mission = missionOf(call, line);
    PracticeCall p = call.practice();
    return new CallReport(
        call.id(),
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
    synchronized (lock(id)) {
      BrowserCall call = store.get(id).orElseThrow(ApiProblem::callGone);
      Flow line = line(call.practice().flowId());
      Mission mission = missionOf(call, line);
      if (mission == null) {
        throw ApiProblem.badInput(
            "Hints come with practice missions: start a call with a" + " mission to get them.");
      }
      Hint hint = review.hint(call.practice(), call.state(), line, mission);
      if (!call.practice().tally().finished()) {
        store.put(new BrowserCall(call.id(), call.state(), review.withHint(call.practice(), hint)));
      }
      return hint;
    }
  }

  private BrowserCall take(BrowserCall call, Input input) {
    Flow line = line(call.practice().flowId());
    Mission mission = missionOf(call, line);
    Step step = engine.step(line, call.state(), input);
    return new BrowserCall(
        call.id(), step.state(), recorder.after(call.practice(), line, mission, input, step));
  }

  private TurnView update(String id, Integer turn, UnaryOperator<BrowserCall> change) {
    synchronized (lock(id)) {
      BrowserCall call = store.get(id).orElseThrow(ApiProblem::callGone);
      if (turn == null || turn == call.practice().turn()) {
        call = change.apply(call);
        store.put(call);
      }
      Flow line = line(call.practice().flowId());
      return view(call, line, missionOf(call, line));
    }
  }

  private Object lock(String id) {
    return locks[Math.floorMod(id.hashCode(), locks.length)];
  }

  private TurnView view(BrowserCall call, Flow line, Mission mission) {
    return TurnView.of(call.id(), call.practice(), review.progress(call.practice(), line, mission));
  }

  private Flow line(String flowId) {
    return flows.line(flowId).orElseThrow(() -> ApiProblem.notFound(flows.noSuchLine(flowId)));
  }

  private Mission mission(Flow line, String missionId) {
    return missions
        .find(line.id(), missionId)
        .orElseThrow(() -> ApiProblem.notFound(missions.noSuchMission(line, missionId)));
  }

  private Mission missionOf(BrowserCall call, Flow line) {
    return call.practice().missionId() == null
        ? null
        : missions.find(line.id(), call.practice().missionId()).orElse(null);
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
