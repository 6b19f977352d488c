package org.ivrpractice.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.redis.client.RedisOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Redis client built twice for one name shows once in the metrics, under its own name, and no
 * gauge shows one pooled connection as the whole client.
 */
class RedisMetersTest {

  private final RedisMeters names = new RedisMeters();

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
  void gaugesThatEachConnectionRegistersAgainAreLeftOut() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    registry.config().meterFilter(names.misleadingMeters());
    Tags redis = Tags.of("clientName", "<default>", "clientType", "redis");
    for (int connection = 0; connection < 2; connection++) {
      Gauge.builder("redis.queue.size", () -> 0).tags(redis).register(registry);
      Gauge.builder("redis.current", () -> 0).tags(redis).register(registry);
    }
    Gauge.builder("redis.pool.queue.size", () -> 0)
        .tags(Tags.of("pool.name", "<default>", "pool.type", "redis"))
        .register(registry);
    Gauge.builder("http.current", () -> 0)
        .tags(Tags.of("clientName", "other", "clientType", "http"))
        .register(registry);

    assertEquals(0, registry.find("redis.queue.size").gauges().size());
    assertEquals(0, registry.find("redis.current").gauges().size());
    assertEquals(1, registry.find("redis.pool.queue.size").gauges().size());
    assertEquals(1, registry.find("http.current").gauges().size());
  }

  @Test
  void theMetricsShowOnlyTheClientInUse() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    registry.config().meterFilter(names.misleadingMeters());
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
