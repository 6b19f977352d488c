package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docker-compose.yml} cannot run here (no Docker engine), so this reads it: Redis, two
 * instances of the app on it, and a round-robin load balancer without sticky sessions, each with
 * the health checks and the settings the others rely on.
 */
class DockerComposeTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> INSTANCES = List.of("ivr-a", "ivr-b");

  private final JsonNode services =
      YAML.readTree(Path.of("docker-compose.yml").toFile()).path("services");

  DockerComposeTest() throws IOException {}

  @Test
  void redisHasAHealthCheckAndKeepsNothingOnDisk() {
    JsonNode redis = services.path("redis");
    assertTrue(redis.path("image").asText().startsWith("redis:7"), redis.toString());
    assertTrue(redis.path("healthcheck").path("test").toString().contains("ping"));
  }

  @Test
  void bothInstancesKeepTheirCallsInTheComposeRedis() {
    for (String name : INSTANCES) {
      JsonNode app = services.path(name);
      JsonNode env = app.path("environment");
      assertEquals("redis", env.path("IVR_SESSIONS_STORE").asText(), name);
      assertEquals("redis://redis:6379", env.path("QUARKUS_REDIS_HOSTS").asText(), name);
      assertEquals("/app/ivr-flows", env.path("IVR_FLOWS_DIR").asText(), name);
      assertEquals(
          "service_healthy", app.path("depends_on").path("redis").path("condition").asText(), name);
      assertTrue(
          app.path("volumes").toString().contains("./ivr-flows:/app/ivr-flows"),
          name + " mounts the flows folder");
      assertTrue(
          app.path("healthcheck").path("test").toString().contains("/q/health/ready"),
          name + " is healthy only when ready (its call store answers)");
      assertEquals("true", env.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText(), name);
      assertEquals("true", env.path("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED").asText(), name);
      assertTrue(app.path("ports").isMissingNode(), name + " is reached through the balancer only");
    }
  }

  @Test
  void theTokenAndThePublicUrlComeFromTheEnvFileNeverFromTheRepository() throws IOException {
    for (String name : INSTANCES) {
      JsonNode env = services.path(name).path("environment");
      assertTrue(env.path("IVR_TWILIO_AUTH_TOKEN").asText().startsWith("${IVR_TWILIO_AUTH_TOKEN"));
      assertTrue(env.path("IVR_TWILIO_PUBLIC_URL").asText().startsWith("${IVR_TWILIO_PUBLIC_URL"));
    }
    assertTrue(Files.readString(Path.of(".gitignore")).lines().anyMatch(".env"::equals));
    String example = Files.readString(Path.of(".env.example"));
    assertTrue(
        example.contains("IVR_TWILIO_AUTH_TOKEN=") && example.contains("IVR_TWILIO_PUBLIC_URL="));
  }

  @Test
  void theLoadBalancerIsAnOfficialImageSpreadingRoundRobinOverReadyInstances() throws IOException {
    JsonNode lb = services.path("lb");
    assertTrue(lb.path("image").asText().startsWith("haproxy:"), lb.toString());
    assertTrue(lb.path("ports").toString().contains("8080:8080"));
    for (String name : INSTANCES) {
      assertEquals(
          "service_healthy", lb.path("depends_on").path(name).path("condition").asText(), name);
    }
    String mounted = lb.path("volumes").get(0).asText();
    Path config = Path.of(mounted.substring(0, mounted.indexOf(':')));
    String haproxy = Files.readString(config);
    assertTrue(haproxy.contains("balance roundrobin"), haproxy);
    assertTrue(haproxy.contains("option httpchk GET /q/health/ready"), haproxy);
    assertTrue(
        haproxy.contains("http-request set-header X-Forwarded-For %[src]"),
        "the instances see each client's own address, not one the client made up");
    for (String name : INSTANCES) {
      assertTrue(haproxy.contains("server " + name + " " + name + ":8080 check"), haproxy);
    }
    List<String> directives =
        haproxy.lines().map(String::strip).filter(l -> !l.startsWith("#")).toList();
    assertFalse(
        directives.stream().anyMatch(l -> l.startsWith("cookie") || l.startsWith("stick")),
        "no sticky sessions: " + directives);
  }

  @Test
  void theImageCanRunTheHealthCheck() throws IOException {
    String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
    assertTrue(dockerfile.contains("curl"), "the app's health check runs curl in its image");
    assertEquals(
        services.path("ivr-a").path("image").asText(),
        services.path("ivr-b").path("image").asText(),
        "both instances run the same image");
  }
}
