package org.ivrpractice.session;

import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.arc.Unremovable;
import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Redis client per name in the metrics. At start, Quarkus 3.34.1's Redis extension initialises
 * its clients twice (once for the client beans, once for the data sources), builds a Vert.x client
 * each time and keeps the first. The second never connects, but its pool and its TCP client
 * registered the same gauges ({@code redis.pool.*}, {@code redis.active.connections}) under the
 * same names, and Micrometer warned "This Gauge has been already registered" at every start. Each
 * build after the first of a name gets pool and metrics names of its own, which the metrics leave
 * out: the client in use is measured under its configured name and nothing is registered twice.
 */
@Singleton
@Unremovable
public class RedisPoolNames implements RedisOptionsCustomizer {

  static final String UNUSED = "-unused-";

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

  /** Leaves the clients that are built and never used out of the metrics. */
  @Produces
  @Singleton
  MeterFilter unusedClients() {
    return MeterFilter.deny(
        id -> id.getTags().stream().anyMatch(tag -> tag.getValue().contains(UNUSED)));
  }
}
