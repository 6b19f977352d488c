package org.ivrpractice.channels.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Twilio's REST API on 127.0.0.1, started before the application and named to it as
 * {@code ivr.twilio.api-base-url}: it records the calls created and answers like Twilio (201 with
 * the call, or 400 with Twilio's error for the reserved number {@link #REFUSED_NUMBER}).
 */
public final class TwilioApiStub implements QuarkusTestResourceLifecycleManager {

  /** A number the stub refuses as Twilio refuses an unreachable destination. */
  static final String REFUSED_NUMBER = "+15005550001";

  /** One request the stub received. */
  record Received(String method, String path, String authorization, Map<String, String> form) {}

  static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("the Twilio API stub could not start", e);
    }
    server.createContext("/", this::handle);
    server.start();
    return Map.of("ivr.twilio.api-base-url", "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> form = decode(body);
    RECEIVED.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            form));
    String to = form.getOrDefault("To", "");
    if (REFUSED_NUMBER.equals(to)) {
      respond(
          exchange,
          400,
          "{\"code\": 21214, \"message\": \"'To' phone number cannot be reached\","
              + " \"more_info\": \"https://www.twilio.com/docs/errors/21214\", \"status\": 400}");
      return;
    }
    respond(
        exchange,
        201,
        "{\"sid\": \"CAstub0000000000000000000000000001\", \"status\": \"queued\","
            + " \"to\": \""
            + to
            + "\", \"from\": \""
            + form.getOrDefault("From", "")
            + "\","
            + " \"account_sid\": \"AC00000000000000000000000000000000\", \"direction\": \"outbound-api\"}");
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> decode(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }
}
