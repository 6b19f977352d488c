package org.ivrpractice.channels.twilio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Twilio's side of the wire: signed form POSTs to URLs on the base Twilio believes it calls, sent
 * to the test server, each kept with its answer for the call's transcript.
 */
final class TwilioHttp {

  /** One request and its answer, as Twilio would log it. */
  record Exchange(String url, Map<String, String> params, int status, String body) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final java.util.function.Supplier<String> servers;
  private final String twilioBase;
  private final TwilioSigner signer;
  private final List<Exchange> exchanges = new ArrayList<>();

  /**
   * @param serverBase where requests are sent ({@code http://localhost:8081})
   * @param twilioBase the base URL Twilio believes it calls, which it signs
   */
  TwilioHttp(String serverBase, String twilioBase, String authToken) {
    this(() -> serverBase, twilioBase, authToken);
  }

  /**
   * @param servers where each request is sent, asked once per request (a load balancer's choice)
   * @param twilioBase the base URL Twilio believes it calls, which it signs
   */
  TwilioHttp(java.util.function.Supplier<String> servers, String twilioBase, String authToken) {
    this.servers = servers;
    this.twilioBase = trim(twilioBase);
    this.signer = new TwilioSigner(authToken);
  }

  /** A signed form POST to {@code url} (a URL on the Twilio-side base), sent to the server. */
  Exchange post(String url, Map<String, String> params) {
    if (!url.startsWith(twilioBase)) {
      throw new AssertionError("TwiML sent Twilio to another server: " + url);
    }
    StringJoiner body = new StringJoiner("&");
    params.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(trim(servers.get()) + url.substring(twilioBase.length())))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("X-Twilio-Signature", signer.sign(url, params))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Exchange exchange =
          new Exchange(url, Map.copyOf(params), response.statusCode(), response.body());
      exchanges.add(exchange);
      return exchange;
    } catch (IOException e) {
      throw new AssertionError("the server could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The exchanges as a readable log: each request's URL and parameters, then the TwiML. */
  String transcript() {
    return exchanges.stream()
        .map(
            e ->
                "POST "
                    + e.url()
                    + "\n  "
                    + new TreeMap<>(e.params())
                        .entrySet().stream()
                            .map(p -> p.getKey() + "=" + p.getValue())
                            .collect(Collectors.joining("&"))
                    + "\n<- "
                    + e.status()
                    + " "
                    + e.body())
        .collect(Collectors.joining("\n\n"));
  }

  /** Parses TwiML (no DTDs); fails the test when it is not XML. */
  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not XML: " + xml, e);
    }
  }

  static String trim(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
