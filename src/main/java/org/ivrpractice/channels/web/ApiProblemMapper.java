package org.ivrpractice.channels.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ivrpractice.session.StoreFull;
import org.ivrpractice.session.StoreUnavailable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns refused requests into {@code application/problem+json} (RFC 9457): a status, a title and a
 * detail a person can act on, never a stack trace.
 */
public class ApiProblemMapper {

  static final String PROBLEM_JSON = "application/problem+json";

  @ServerExceptionMapper
  public Response problem(ApiProblem problem, @Context UriInfo uri) {
    return answer(problem, uri);
  }

  /** A problem's answer, for a mapper of another exception that decides it is this problem. */
  public static Response answer(ApiProblem problem, UriInfo uri) {
    Map<String, Object> body =
        body(
            problem.status(),
            problem.title(),
            problem.detail(),
            uri == null ? null : uri.getPath());
    if (problem.problems() != null) {
      body.put("problems", problem.problems());
    }
    Response.ResponseBuilder answer =
        Response.status(problem.status()).type(PROBLEM_JSON).entity(body);
    problem.headers().forEach(answer::header);
    return answer.build();
  }

  /**
   * Quarkus Security's refusals (an endpoint guarded by {@code @RolesAllowed}, a failed sign-in),
   * said as {@link OperatorGuard} says its own: 401 or 403 problems, never an empty answer.
   */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthenticated(RuntimeException e, @Context UriInfo uri) {
    return problem(OperatorGuard.signInNeeded(), uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, @Context UriInfo uri) {
    return problem(OperatorGuard.notAnOperator(), uri);
  }

  /**
   * The call store did not answer (or is full): 503, and the page says the line is unavailable and
   * offers to call again. The outage itself is logged once by the store, not per request.
   */
  @ServerExceptionMapper
  public Response unavailable(StoreUnavailable e, @Context UriInfo uri) {
    String detail =
        e instanceof StoreFull
            ? "The line is busy: it is taking as many practice calls as it may. Call again in a"
                + " few minutes."
            : "The line is unavailable right now: it cannot reach where it keeps its calls. Call"
                + " again in a moment.";
    return Response.fromResponse(response(503, "Line unavailable", detail, uri))
        .header("Retry-After", e instanceof StoreFull ? "60" : "5")
        .build();
  }

  /**
   * A method the API path does not take ({@code GET /api/calls}): 405, as a problem under {@code
   * /api/}; elsewhere as it was.
   */
  @ServerExceptionMapper
  public Response notAllowed(
      NotAllowedException e, @Context UriInfo uri, @Context Request request) {
    if (uri == null || !uri.getPath().startsWith("/api/")) {
      return e.getResponse();
    }
    String detail =
        uri.getPath()
            + " does not take "
            + request.getMethod()
            + ". The README's \u201cPractise in the browser\u201d shows what each path takes.";
    Response problem = response(405, "Method not allowed", detail, uri);
    return e.getResponse().getAllowedMethods().isEmpty()
        ? problem
        : Response.fromResponse(problem)
            .header(HttpHeaders.ALLOW, String.join(", ", e.getResponse().getAllowedMethods()))
            .build();
  }

  static Response response(int status, String title, String detail, UriInfo uri) {
    Map<String, Object> body = body(status, title, detail, uri == null ? null : uri.getPath());
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }

  /** A problem's fields, in the order RFC 9457 lists them; no instance when it is null. */
  static Map<String, Object> body(int status, String title, String detail, String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    return body;
  }
}
