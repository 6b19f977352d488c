package org.ivrpractice.session;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The server with its calls in a real Redis that the test starts (and may stop and restart). */
public final class RedisProfile implements QuarkusTestProfile {

  private static RedisServer server;

  /** The Redis of the running test server. */
  public static synchronized RedisServer server() {
    if (server == null) {
      server = RedisServer.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    // Outages follow one another within seconds here: each is logged (production waits 10 s).
    return Map.of("ivr.sessions.store", "redis", "ivr.sessions.outage-quiet", "0s");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Resource.class));
  }

  /** Starts Redis before the server, and gives the server its address. */
  public static final class Resource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      RedisServer redis = server();
      redis.resume();
      return Map.of("quarkus.redis.hosts", redis.url());
    }

    @Override
    public void stop() {
      // The same Redis serves every test class of this profile; it stops with the JVM.
    }
  }

  /**
   * Lets {@code time} pass for real: the Redis stores' contract suites wait out time-to-lives as a
   * caller would (Redis keeps the clock).
   */
  static void elapse(java.time.Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
