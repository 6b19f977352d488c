package org.ivrpractice.session;

import java.util.Optional;

/**
 * Where calls live between requests, keyed by the channel's call id (Twilio's CallSid), each with a
 * time-to-live renewed on every put. Sessions are immutable values that {@link SessionCodec} writes
 * as JSON, so an implementation can keep them in another process (Redis) and several instances can
 * serve one call; the in-memory store keeps the objects themselves.
 */
public interface SessionStore {

  /** The call's session, or empty when it is unknown or has expired. */
  Optional<CallSession> get(String callId);

  /** Stores (or replaces) the call's session and renews its time-to-live. */
  void put(String callId, CallSession session);

  /** Forgets the call; returns what was stored, if anything was and had not expired. */
  Optional<CallSession> remove(String callId);
}
