package org.ivrpractice.channels.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.OptionalLong;

/**
 * The longest request body this server reads ({@code ivr.limits.body-bytes}), and how a request
 * says its length. The HTTP layer refuses longer bodies with a bare 413 ({@code
 * quarkus.http.limits.max-body-size} is set to the same); the channels answer a body announced
 * longer than that first, each in its own way ({@link ApiBodyLimit}: a problem; the Twilio
 * webhooks: TwiML).
 */
public final class BodyLimit {

  /**
   * Just before the HTTP layer's own check of the length ({@code
   * RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2).
   */
  public static final int ROUTE_ORDER = -3;

  private BodyLimit() {}

  /** The body's announced length; empty when it has none (chunked) or a malformed one. */
  public static OptionalLong announced(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(length.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** True when the request sends a body without saying its length. */
  public static boolean chunked(HttpServerRequest request) {
    String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
    return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }

  /** Ends {@code context} with this answer, closing the connection (the body is left unread). */
  public static void refuse(RoutingContext context, int status, String type, String body) {
    context
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, type)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }
}
