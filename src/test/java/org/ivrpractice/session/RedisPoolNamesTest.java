package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.redis.client.RedisOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Redis client built twice for one name shows once in the metrics, under its own name. */
class RedisPoolNamesTest {

  private final RedisPoolNames names = new RedisPoolNames();

  private RedisOptions built(String clientName) {
    RedisOptions options = new RedisOptions().setPoolName(clientName);
    options.getNetClientOptions().setMetricsName("redis|" + clientName);
    names.customize(clientName, options);
    return options;
  }

  @Test
  void theFirstBuildKeepsItsNameAndLaterOnesGetTheirOwn() {
    RedisOptions kept = built("<default>");
    RedisOptions unused = built("<default>");
    RedisOptions other = built("cases");

    assertEquals("<default>", kept.getPoolName());
    assertEquals("redis|<default>", kept.getNetClientOptions().getMetricsName());
    assertNotEquals(kept.getPoolName(), unused.getPoolName());
    assertNotEquals(
        kept.getNetClientOptions().getMetricsName(), unused.getNetClientOptions().getMetricsName());
    assertEquals("cases", other.getPoolName());
  }

  @Test
  void theMetricsShowOnlyTheClientInUse() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    registry.config().meterFilter(names.unusedClients());
    for (RedisOptions options : List.of(built("<default>"), built("<default>"))) {
      Gauge.builder("redis.pool.queue.size", () -> 0)
          .tags(Tags.of("pool.name", options.getPoolName(), "pool.type", "redis"))
          .register(registry);
      String client = options.getNetClientOptions().getMetricsName().substring("redis|".length());
      Gauge.builder("redis.active.connections", () -> 0)
          .tags(Tags.of("clientName", client))
          .register(registry);
    }

    assertEquals(
        List.of("<default>"),
        registry.find("redis.pool.queue.size").gauges().stream()
            .map(gauge -> gauge.getId().getTag("pool.name"))
            .toList());
    assertEquals(
        List.of("<default>"),
        registry.find("redis.active.connections").gauges().stream()
            .map(gauge -> gauge.getId().getTag("clientName"))
            .toList());
  }
}
