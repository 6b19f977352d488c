package org.ivrpractice.session;

import java.util.Objects;
import org.ivrpractice.analytics.CallTrace;
import org.ivrpractice.engine.CallState;
import org.ivrpractice.practice.PracticeCall;

/**
 * A call as the store keeps it between two requests, whatever the channel: the engine's state,
 * whether the input the call waits for is sensitive (so that the channel masks it in its logs
 * before the engine has seen it), and what the channel keeps beside the state (a browser call's
 * practice record: transcript, path, mission and tally). It never holds entered digits in clear.
 *
 * @param channel the channel that serves the call ({@link #TWILIO}, {@link #BROWSER})
 * @param revision the revision of the line the call started on (and ends on), or null for a record
 *     written before revisions (such a call continues on the line's current revision)
 * @param state the engine's state of the call
 * @param sensitiveInput true when the call waits for a sensitive digit entry
 * @param practice a practice call's record (browser calls), or null
 * @param trace what analytics keeps of the call while it runs (path, inputs by kind), or null for a
 *     record written before analytics
 */
public record CallRecord(
    String channel,
    String revision,
    CallState state,
    boolean sensitiveInput,
    PracticeCall practice,
    CallTrace trace) {

  /** A call on a phone line through Twilio. */
  public static final String TWILIO = "twilio";

  /** A call from the browser simulator (or a script driving its API). */
  public static final String BROWSER = "browser";

  public CallRecord {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(state, "state");
  }

  /** A Twilio call's record. */
  public static CallRecord twilio(String revision, CallState state, boolean sensitiveInput) {
    return new CallRecord(TWILIO, revision, state, sensitiveInput, null, null);
  }

  /** A browser call's record. */
  public static CallRecord browser(
      String revision, CallState state, boolean sensitiveInput, PracticeCall practice) {
    return new CallRecord(
        BROWSER, revision, state, sensitiveInput, Objects.requireNonNull(practice), null);
  }

  /** The same call, after a step: the state and what the channel keeps beside it change. */
  public CallRecord next(CallState state, boolean sensitiveInput, PracticeCall practice) {
    return new CallRecord(channel, revision, state, sensitiveInput, practice, trace);
  }

  /** The same call with analytics' trace of it. */
  public CallRecord withTrace(CallTrace trace) {
    return new CallRecord(channel, revision, state, sensitiveInput, practice, trace);
  }
}
