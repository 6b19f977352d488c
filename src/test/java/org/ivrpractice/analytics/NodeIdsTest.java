package org.ivrpractice.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class NodeIdsTest {

  @Test
  void everyCallOfANodeSharesOneId() {
    String first = NodeIds.of("card-services", "main-menu");
    String again = NodeIds.of(new String("card-services"), new String("main-menu"));

    assertEquals("card-services/main-menu", first);
    assertSame(first, again);
  }
}
