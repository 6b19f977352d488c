package org.ivrpractice.channels.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends twilio-java's REST requests to another base URL than {@code https://api.twilio.com} (a
 * local stub in tests), keeping their path, query, form body and credentials.
 */
final class RedirectingHttpClient extends com.twilio.http.HttpClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * @param baseUrl where requests go instead ({@code http://127.0.0.1:8089})
   */
  RedirectingHttpClient(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @Override
  public Response makeRequest(Request request) {
    URL original = request.constructURL();
    URI target = URI.create(baseUrl + original.getFile());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target).timeout(TIMEOUT).header("Accept", "application/json");
    String auth = request.getAuthString();
    if (auth != null) {
      builder.header("Authorization", auth);
    }
    HttpMethod method = request.getMethod();
    if (method == HttpMethod.POST) {
      builder
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(request.encodeFormBody()));
    } else {
      builder.method(method.toString(), HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.body(), response.statusCode());
    } catch (IOException e) {
      throw new ApiConnectionException("could not reach " + target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("interrupted while calling " + target, e);
    }
  }
}
