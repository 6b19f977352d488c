package org.ivrpractice.session;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where every call lives between requests, whatever its channel, keyed by the channel's call id
 * (Twilio's CallSid, a browser call's random id), each with one time-to-live renewed on every
 * write. Shaped for a store in another process, so that several instances can serve one call:
 *
 * <ul>
 *   <li>every operation is asynchronous (a JDK {@link CompletionStage}) and can fail (with {@link
 *       StoreUnavailable} when the store cannot answer), and callers on the event loop never wait
 *       for one;
 *   <li>a write names the revision of the record it replaces ({@link #NEW} for a call that has no
 *       record yet, {@link #ANY} to overwrite whatever is there), and is refused with {@link
 *       StaleRecord} when the stored record is at another revision, so two requests of one call can
 *       never silently overwrite each other;
 *   <li>records are immutable values that {@link CallRecordCodec} writes as JSON.
 * </ul>
 *
 * Every implementation passes the same contract suite ({@code SessionStoreContract}).
 */
public interface SessionStore {

  /** The revision to name when the call must not have a record yet. */
  long NEW = 0;

  /** The revision to name when the write replaces whatever is stored (a call started again). */
  long ANY = -1;

  /** The call's record and its revision, or empty when it is unknown or has expired. */
  CompletionStage<Optional<StoredCall>> get(String callId);

  /**
   * Stores the call's record if the stored one is at revision {@code replaces} ({@link #NEW}: none
   * is stored; {@link #ANY}: whatever is stored), and renews its time-to-live.
   *
   * @return the record's new revision
   * @throws StaleRecord (as the failure) when the stored record is at another revision
   */
  CompletionStage<Long> put(String callId, CallRecord record, long replaces);

  /** Forgets the call; gives what was stored, if anything was and had not expired. */
  CompletionStage<Optional<CallRecord>> remove(String callId);

  /** Completes when the store can serve calls, fails with {@link StoreUnavailable} when not. */
  CompletionStage<Void> ping();

  /** The store's name for people: {@code memory}, {@code redis redis://host:6379}. */
  String describe();
}
