package org.ivrpractice.channels.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the web API refuses, said for people: it becomes an {@code application/problem+json}
 * answer with this status, title and detail (and the headers that tell a client what to do next:
 * when to try again, how to sign in). Every channel's JSON endpoints refuse this way.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What a caller is told when their call is gone (ended long ago, expired, or a restart). */
  static final String CALL_GONE = "This call has ended or expired. Start a new call.";

  private final int status;
  private final String title;
  private final Map<String, String> headers;
  private final transient List<EditorProblem> problems;

  public ApiProblem(int status, String title, String detail) {
    this(status, title, detail, Map.of(), null);
  }

  /** A refusal that lists the problems of a flow file (the problem's {@code problems} member). */
  ApiProblem(int status, String title, String detail, List<EditorProblem> problems) {
    this(status, title, detail, Map.of(), problems == null ? null : List.copyOf(problems));
  }

  private ApiProblem(
      int status,
      String title,
      String detail,
      Map<String, String> headers,
      List<EditorProblem> problems) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.headers = headers;
    this.problems = problems;
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail);
  }

  public static ApiProblem badInput(String detail) {
    return new ApiProblem(400, "Bad input", detail);
  }

  /** 401: the endpoint needs a user, and the request named none (or a wrong password). */
  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "Sign-in needed", detail)
        .withHeader("WWW-Authenticate", "Basic realm=\"ivr-practice\", charset=\"UTF-8\"");
  }

  /** 403: the user may not do this (or this may not be done at all). */
  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "Not allowed", detail);
  }

  /** 413: the body is longer than the server reads. */
  public static ApiProblem tooLarge(String detail) {
    return new ApiProblem(413, "Request too large", detail);
  }

  /** 429: too many requests of this kind for now; try again after {@code retryAfterSeconds}. */
  public static ApiProblem tooMany(String detail, long retryAfterSeconds) {
    return new ApiProblem(429, "Too many requests", detail)
        .withHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
  }

  static ApiProblem callGone() {
    return notFound(CALL_GONE);
  }

  static ApiProblem callEnded() {
    return new ApiProblem(409, "The call has ended", "This call has ended. Start a new call.");
  }

  /** The same problem, answered with one more header. */
  public ApiProblem withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiProblem(status, title, getMessage(), Map.copyOf(more), problems);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** The headers the answer carries besides the problem ({@code Retry-After}, ...). */
  public Map<String, String> headers() {
    return headers;
  }

  /** The problems of the flow file it refused, or null when it is not about one. */
  public List<EditorProblem> problems() {
    return problems;
  }
}
