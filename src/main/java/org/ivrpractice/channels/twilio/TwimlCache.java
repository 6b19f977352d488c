package org.ivrpractice.channels.twilio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Rendered TwiML kept for reuse, least recently used first out. Writing a document with twilio-java
 * builds a DOM and a transformer each time (several times slower than serving a string), and most
 * turns repeat: every caller hears the same menus.
 *
 * <p>Every webhook request reads it, from many worker threads at once, so reads take no lock: a
 * read stamps the entry with a tick of a shared clock, and only an insert that overflows the
 * capacity takes a lock, to drop the entry with the oldest stamp.
 *
 * @param <V> what is kept per key: a document, or a template of one
 */
final class TwimlCache<V> {

  private static final class Kept<V> {
    final V value;
    volatile long lastUsed;

    Kept(V value, long lastUsed) {
      this.value = value;
      this.lastUsed = lastUsed;
    }
  }

  private final Map<Object, Kept<V>> documents = new ConcurrentHashMap<>();
  private final int capacity;
  private final AtomicLong clock = new AtomicLong();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /**
   * @param capacity how many documents are kept (0 keeps none)
   */
  TwimlCache(int capacity) {
    this.capacity = Math.max(0, capacity);
  }

  /**
   * The document for the key, rendered by {@code render} only when it is not kept. Two threads may
   * render the same document once each.
   *
   * @param key a value with structural equality (a record) covering all the document depends on
   */
  V get(Object key, Supplier<V> render) {
    Kept<V> kept = documents.get(key);
    if (kept != null) {
      kept.lastUsed = clock.incrementAndGet();
      hits.increment();
      return kept.value;
    }
    misses.increment();
    V rendered = render.get();
    if (capacity > 0) {
      documents.put(key, new Kept<>(rendered, clock.incrementAndGet()));
      if (documents.size() > capacity) {
        evictLeastRecentlyUsed();
      }
    }
    return rendered;
  }

  private synchronized void evictLeastRecentlyUsed() {
    while (documents.size() > capacity) {
      Map.Entry<Object, Kept<V>> oldest = null;
      for (Map.Entry<Object, Kept<V>> e : documents.entrySet()) {
        if (oldest == null || e.getValue().lastUsed < oldest.getValue().lastUsed) {
          oldest = e;
        }
      }
      if (oldest == null) {
        return;
      }
      documents.remove(oldest.getKey(), oldest.getValue());
    }
  }

  int size() {
    return documents.size();
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }
}
