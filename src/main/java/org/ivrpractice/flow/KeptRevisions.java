package org.ivrpractice.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The revisions this process keeps: the current one of each line, and older ones (and drafts) while
 * calls use them. A revision that is not current is freed when its last call here ends, or when no
 * call has used it for the calls' time-to-live (its calls have expired); a draft lives that long
 * after its last use. At most {@code max} are kept: over it, the least recently used revision that
 * is not current goes first.
 */
final class KeptRevisions {

  /** The fewest calls a revision lists before its idle ones are looked for. */
  private static final int PRUNE_FROM = 64;

  private static final class Kept {
    final FlowRevision revision;

    /** The calls using it, each with when it last did (a call may never say it ended). */
    final Map<String, Instant> calls = new HashMap<>();

    int pruneAt = PRUNE_FROM;
    boolean current;
    Instant used;
    Instant sharedAt = Instant.MIN;

    Kept(FlowRevision revision, Instant now) {
      this.revision = revision;
      this.used = now;
    }
  }

  private final Map<String, Kept> kept = new HashMap<>();
  private final int max;
  private final Duration idle;
  private final Clock clock;

  KeptRevisions(int max, Duration idle, Clock clock) {
    this.max = max;
    this.idle = idle;
    this.clock = clock;
  }

  /** These are now the current revisions; the others stay only while calls use them. */
  synchronized void current(Collection<FlowRevision> revisions) {
    kept.values().forEach(k -> k.current = false);
    for (FlowRevision revision : revisions) {
      entry(revision).current = true;
    }
    sweep();
  }

  /** Keeps a revision (a draft, or one another instance made) while it is used. */
  synchronized void add(FlowRevision revision) {
    entry(revision);
    sweep();
  }

  /** The revision of this id, if it is kept; marks it used. */
  synchronized Optional<FlowRevision> find(String id) {
    Kept k = kept.get(id);
    if (k == null) {
      return Optional.empty();
    }
    k.used = clock.instant();
    return Optional.of(k.revision);
  }

  /**
   * The kept revision of this id for this line, marked used by the call (one lock for the lookup
   * and the mark: every request of a call makes both).
   */
  synchronized Optional<FlowRevision> use(String id, String lineId, String call) {
    Kept k = kept.get(id);
    if (k == null || !k.revision.flowId().equals(lineId)) {
      return Optional.empty();
    }
    pin(k.revision, call);
    return Optional.of(k.revision);
  }

  /**
   * A call uses this revision (kept, or kept again). A browser tab closed mid-call never says that
   * the call ended: calls idle for the time-to-live are dropped from the list as it grows, so it
   * stays about as long as the calls of that time.
   */
  synchronized void pin(FlowRevision revision, String call) {
    Kept k = entry(revision);
    k.calls.put(call, k.used);
    if (k.calls.size() >= k.pruneAt) {
      Instant stale = k.used.minus(idle);
      k.calls.values().removeIf(last -> last.isBefore(stale));
      k.pruneAt = Math.max(PRUNE_FROM, 2 * k.calls.size());
    }
  }

  /** How many calls this process counts on a revision (0 when it is not kept). */
  synchronized int calls(String id) {
    Kept k = kept.get(id);
    return k == null ? 0 : k.calls.size();
  }

  /** A call on this revision ended. */
  synchronized void release(String id, String call) {
    Kept k = kept.get(id);
    if (k != null && k.calls.remove(call) != null) {
      sweep();
    }
  }

  /**
   * True when the revision's sources were last given to other instances more than {@code every} ago
   * (or never); marks them given now.
   */
  synchronized boolean shareDue(String id, Duration every) {
    Kept k = kept.get(id);
    Instant now = clock.instant();
    if (k == null || k.sharedAt.plus(every).isAfter(now)) {
      return false;
    }
    k.sharedAt = now;
    return true;
  }

  /** Forgets that the sources were given (giving them failed). */
  synchronized void shareFailed(String id) {
    Kept k = kept.get(id);
    if (k != null) {
      k.sharedAt = Instant.MIN;
    }
  }

  synchronized int size() {
    return kept.size();
  }

  private Kept entry(FlowRevision revision) {
    Instant now = clock.instant();
    Kept k = kept.computeIfAbsent(revision.id(), id -> new Kept(revision, now));
    k.used = now;
    return k;
  }

  private void sweep() {
    Instant stale = clock.instant().minus(idle);
    kept.values()
        .removeIf(
            k ->
                !k.current
                    && (k.used.isBefore(stale) || (k.calls.isEmpty() && !k.revision.draft())));
    while (kept.size() > max) {
      Optional<Kept> oldest =
          kept.values().stream()
              .filter(k -> !k.current)
              .min(Comparator.comparing((Kept k) -> k.used));
      if (oldest.isEmpty()) {
        return;
      }
      kept.remove(oldest.get().revision.id());
    }
  }
}
