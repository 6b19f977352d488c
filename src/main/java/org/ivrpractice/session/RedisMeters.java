package org.ivrpractice.session;

import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.arc.Unremovable;
import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the metrics show of the Redis client, and no meter registered twice (Micrometer warned "This
 * Gauge has been already registered" at every start and under the first load):
 *
 * <ul>
 *   <li>At start, Quarkus 3.34.1's Redis extension initialises its clients twice (once for the
 *       client beans, once for the data sources), builds a Vert.x client each time and keeps the
 *       first. The second never connects, but its pool and its TCP client registered the same
 *       gauges ({@code redis.pool.*}, {@code redis.active.connections}) under the same names. Each
 *       build after the first of a name gets pool and metrics names of its own, which the metrics
 *       leave out: the client in use is measured under its configured name.
 *   <li>Every pooled connection registers {@code redis.queue.size} and {@code redis.current} under
 *       the same name and tags, so only the first connection's were ever counted: one connection of
 *       the pool's 32, shown as the client's. They are left out; the pool's gauges ({@code
 *       redis.pool.queue.size}, {@code redis.pool.active}) and the commands' counters and timer
 *       ({@code redis.commands.*}) measure the same things for the whole client.
 * </ul>
 */
@Singleton
@Unremovable
public class RedisMeters implements RedisOptionsCustomizer {

  static final String UNUSED = "-unused-";

  /** The gauges each pooled connection registers again under the client's one name. */
  private static final Set<String> PER_CONNECTION = Set.of("redis.queue.size", "redis.current");

  private final ConcurrentMap<String, AtomicInteger> builds = new ConcurrentHashMap<>();

  @Override
  public void customize(String clientName, RedisOptions options) {
    int build = builds.computeIfAbsent(clientName, name -> new AtomicInteger()).incrementAndGet();
    if (build > 1) {
      String unused = UNUSED + build;
      options.setPoolName(options.getPoolName() + unused);
      String metricsName = options.getNetClientOptions().getMetricsName();
      if (metricsName != null) {
        options.getNetClientOptions().setMetricsName(metricsName + unused);
      }
    }
  }

  /**
   * Leaves out of the metrics the clients that are built and never used, and the gauges that showed
   * one connection as the whole client.
   */
  @Produces
  @Singleton
  MeterFilter misleadingMeters() {
    return MeterFilter.deny(
        id ->
            PER_CONNECTION.contains(id.getName()) && "redis".equals(id.getTag("clientType"))
                || id.getTags().stream().anyMatch(tag -> tag.getValue().contains(UNUSED)));
  }
}
