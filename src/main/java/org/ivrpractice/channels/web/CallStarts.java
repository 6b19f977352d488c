package org.ivrpractice.channels.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many browser calls one client may start ({@code ivr.limits.calls-per-minute}): the line is
 * public, and a script that starts calls without end would fill the call store for everybody. The
 * client is the request's remote address; behind a proxy, that is the address the proxy forwards
 * once {@code quarkus.http.proxy.proxy-address-forwarding} trusts it (README: "Putting the line on
 * the internet"), never a header read here.
 */
@ApplicationScoped
public class CallStarts {

  private final int perMinute;
  private final ClientBuckets buckets;

  public CallStarts(LimitsConfig limits) {
    this.perMinute = limits.callsPerMinute();
    this.buckets = new ClientBuckets(perMinute, limits.clients(), System::nanoTime);
  }

  /**
   * @throws ApiProblem 429 with {@code Retry-After} when the request's client has started as many
   *     calls as it may for now
   */
  void admit(HttpServerRequest request) {
    SocketAddress address = request.remoteAddress();
    String client = address == null ? "unknown" : address.hostAddress();
    long wait = buckets.take(client);
    if (wait > 0) {
      throw ApiProblem.tooMany(
          "Too many calls started from your address: at most "
              + perMinute
              + " a minute (ivr.limits.calls-per-minute). Try again in "
              + wait
              + (wait == 1 ? " second." : " seconds."),
          wait);
    }
  }
}
