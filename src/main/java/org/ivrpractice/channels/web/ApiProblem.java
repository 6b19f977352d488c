package org.ivrpractice.channels.web;

/**
 * A request the web API refuses, said for people: it becomes an {@code application/problem+json}
 * answer with this status, title and detail.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What a caller is told when their call is gone (ended long ago, expired, or a restart). */
  static final String CALL_GONE = "This call has ended or expired. Start a new call.";

  private final int status;
  private final String title;

  ApiProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail);
  }

  static ApiProblem badInput(String detail) {
    return new ApiProblem(400, "Bad input", detail);
  }

  static ApiProblem callGone() {
    return notFound(CALL_GONE);
  }

  static ApiProblem callEnded() {
    return new ApiProblem(409, "The call has ended", "This call has ended. Start a new call.");
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
}
