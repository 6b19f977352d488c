package org.ivrpractice.channels.web;

import java.util.List;

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
  private final transient List<EditorProblem> problems;

  ApiProblem(int status, String title, String detail) {
    this(status, title, detail, null);
  }

  /** A refusal that lists the problems of a flow file (the problem's {@code problems} member). */
  ApiProblem(int status, String title, String detail, List<EditorProblem> problems) {
    super(detail);
    this.status = status;
    this.title = title;
    this.problems = problems == null ? null : List.copyOf(problems);
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

  /** The problems of the flow file it refused, or null when it is not about one. */
  public List<EditorProblem> problems() {
    return problems;
  }
}
