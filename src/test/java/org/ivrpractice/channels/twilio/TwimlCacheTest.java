package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TwimlCacheTest {

  @Test
  void anEqualKeyIsRenderedOnce() {
    TwimlCache<String> cache = new TwimlCache<>(10);
    AtomicInteger renders = new AtomicInteger();
    record Key(String flow, int n) {}
    for (int i = 0; i < 5; i++) {
      cache.get(new Key("hello", 1), () -> "<Response/>" + renders.incrementAndGet());
    }
    assertEquals(1, renders.get());
    assertEquals(4, cache.hits());
  }

  @Test
  void theLeastRecentlyUsedDocumentGoesFirst() {
    TwimlCache<String> cache = new TwimlCache<>(2);
    cache.get("a", () -> "A");
    cache.get("b", () -> "B");
    cache.get("a", () -> "A again");
    cache.get("c", () -> "C");
    assertEquals(2, cache.size());
    assertEquals("A", cache.get("a", () -> "A rendered again"));
    assertEquals("B rendered again", cache.get("b", () -> "B rendered again"));
  }
}
