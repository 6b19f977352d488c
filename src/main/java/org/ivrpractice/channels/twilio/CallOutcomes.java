package org.ivrpractice.channels.twilio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.ivrpractice.engine.Ending;

/**
 * The outcomes of recent calls, newest last, at most a fixed number (the oldest are forgotten): a
 * practice line's short memory of how its calls went, kept in memory only.
 */
public final class CallOutcomes {

  private final int capacity;
  private final Clock clock;
  private final LinkedHashMap<String, CallOutcome> byCall = new LinkedHashMap<>();

  public CallOutcomes(int capacity, Clock clock) {
    this.capacity = Math.max(1, capacity);
    this.clock = clock;
  }

  /** The engine ended the call (or the caller hung up and the engine said how it ended). */
  public synchronized void ended(String callSid, String flowId, Ending ending) {
    CallOutcome old = byCall.get(callSid);
    put(
        new CallOutcome(
            callSid,
            flowId,
            ending.outcome().yamlName(),
            ending.queue(),
            old == null ? null : old.callStatus(),
            old == null ? null : old.durationSeconds(),
            clock.instant()));
  }

  /** The line failed during the call and the caller heard an apology. */
  public synchronized void failed(String callSid, String flowId) {
    CallOutcome old = byCall.get(callSid);
    put(
        new CallOutcome(
            callSid,
            flowId != null ? flowId : old == null ? null : old.flowId(),
            "error",
            null,
            old == null ? null : old.callStatus(),
            old == null ? null : old.durationSeconds(),
            clock.instant()));
  }

  /** Twilio's status callback: the call is over, with this status and duration. */
  public synchronized void status(String callSid, String callStatus, Integer durationSeconds) {
    CallOutcome old = byCall.get(callSid);
    put(
        new CallOutcome(
            callSid,
            old == null ? null : old.flowId(),
            old == null ? null : old.outcome(),
            old == null ? null : old.queue(),
            callStatus,
            durationSeconds,
            clock.instant()));
  }

  public synchronized Optional<CallOutcome> find(String callSid) {
    return Optional.ofNullable(byCall.get(callSid));
  }

  /** The remembered outcomes, oldest first. */
  public synchronized List<CallOutcome> recent() {
    return List.copyOf(new ArrayList<>(byCall.values()));
  }

  private void put(CallOutcome outcome) {
    byCall.remove(outcome.callSid());
    byCall.put(outcome.callSid(), outcome);
    while (byCall.size() > capacity) {
      String eldest = byCall.keySet().iterator().next();
      byCall.remove(eldest);
    }
  }

  /** Exposed for tests of the bound. */
  synchronized int size() {
    return byCall.size();
  }
}
