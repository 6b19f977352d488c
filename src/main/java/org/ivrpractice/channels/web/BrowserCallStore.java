package org.ivrpractice.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ivrpractice.session.SessionConfig;

/**
 * Where browser calls live between requests: as JSON, in this process's memory, each with the
 * sessions' time-to-live renewed on every write. The Twilio channel's {@code SessionStore} keeps
 * only the engine's state; a browser call also keeps its transcript, path and practice tally, so it
 * has this small store of its own (a call that cannot be read back counts as expired).
 */
@ApplicationScoped
public class BrowserCallStore {

  private record Entry(String json, long expiresAtNanos) {}

  /** Writes between two sweeps of expired calls. */
  private static final int SWEEP_EVERY = 64;

  private final Map<String, Entry> calls = new ConcurrentHashMap<>();
  private final ObjectMapper json;
  private final long ttlNanos;
  private int writesSinceSweep;

  public BrowserCallStore(ObjectMapper json, SessionConfig config) {
    this.json = json;
    this.ttlNanos = config.ttl().toNanos();
  }

  public Optional<BrowserCall> get(String id) {
    Entry entry = id == null ? null : calls.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - entry.expiresAtNanos() >= 0) {
      calls.remove(id, entry);
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(entry.json(), BrowserCall.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  public void put(BrowserCall call) {
    try {
      long now = System.nanoTime();
      calls.put(call.id(), new Entry(json.writeValueAsString(call), now + ttlNanos));
      sweepNow(now);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a browser call could not be written as JSON", e);
    }
  }

  /** Forgets a call (as if it had expired). */
  public void remove(String id) {
    calls.remove(id);
  }

  private synchronized void sweepNow(long now) {
    if (++writesSinceSweep >= SWEEP_EVERY) {
      writesSinceSweep = 0;
      calls.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
    }
  }
}
