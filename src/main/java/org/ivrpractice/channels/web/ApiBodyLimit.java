package org.ivrpractice.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.OptionalLong;

/**
 * A body announced longer than {@code ivr.limits.body-bytes} under {@code /api/}: 413 {@code
 * application/problem+json} saying the bound, before any of it is read. The flow editor's endpoints
 * take flow files and have their own bound.
 */
@ApplicationScoped
public class ApiBodyLimit {

  /** The editor's drafts are flow files: its endpoints bound them themselves (DraftRequests). */
  private static final String EDITOR_PATHS = "/api/flows/";

  private final int maxBytes;
  private final ObjectMapper json;

  public ApiBodyLimit(LimitsConfig limits, ObjectMapper json) {
    this.maxBytes = limits.bodyBytes();
    this.json = json;
  }

  void route(@Observes Router router) {
    router.route("/api/*").order(BodyLimit.ROUTE_ORDER).handler(this::check);
  }

  void check(RoutingContext context) {
    OptionalLong length = BodyLimit.announced(context.request());
    if (length.isEmpty()
        || length.getAsLong() <= maxBytes
        || context.normalizedPath().startsWith(EDITOR_PATHS)) {
      context.next();
      return;
    }
    String detail =
        "The request body is "
            + length.getAsLong()
            + " bytes; this server reads at most "
            + maxBytes
            + " (ivr.limits.body-bytes). Calls and their inputs take a few dozen.";
    BodyLimit.refuse(context, 413, ApiProblemMapper.PROBLEM_JSON, problem(detail, context));
  }

  private String problem(String detail, RoutingContext context) {
    try {
      return json.writeValueAsString(
          ApiProblemMapper.body(413, "Request too large", detail, context.normalizedPath()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem could not be written as JSON", e);
    }
  }
}
