package org.ivrpractice.channels.twilio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered TwiML kept for reuse, least recently used first out. Writing a document with twilio-java
 * builds a DOM and a transformer each time (several times slower than serving a string), and most
 * turns repeat: every caller hears the same menus.
 */
final class TwimlCache {

  private final Map<Object, String> documents;
  private long hits;
  private long misses;

  /**
   * @param capacity how many documents are kept (0 keeps none)
   */
  TwimlCache(int capacity) {
    int max = Math.max(0, capacity);
    this.documents =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, String> eldest) {
            return size() > max;
          }
        };
  }

  /**
   * The document for the key, rendered by {@code render} only when it is not kept. Rendering
   * happens outside the lock; two threads may render the same document once each.
   *
   * @param key a value with structural equality (a record) covering all the document depends on
   */
  String get(Object key, Supplier<String> render) {
    synchronized (this) {
      String kept = documents.get(key);
      if (kept != null) {
        hits++;
        return kept;
      }
      misses++;
    }
    String rendered = render.get();
    synchronized (this) {
      documents.put(key, rendered);
    }
    return rendered;
  }

  synchronized int size() {
    return documents.size();
  }

  synchronized long hits() {
    return hits;
  }

  synchronized long misses() {
    return misses;
  }
}
