package org.ivrpractice.channels.twilio;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code POST /api/practice-calls} with {@code {"to": "+1...", "flow": "card-services"}}: rings the
 * user's phone through Twilio and runs the flow on the call.
 */
@Path("/api/practice-calls")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PracticeCallResource {

  /** The request: the phone to ring, and the flow (the default flow when left out). */
  public record PracticeCallRequest(String to, String flow) {}

  /** An RFC 9457 problem. */
  public record Problem(String type, String title, int status, String detail) {}

  static final String PROBLEM_JSON = "application/problem+json";

  private final PracticeCalls calls;

  public PracticeCallResource(PracticeCalls calls) {
    this.calls = calls;
  }

  @POST
  public Response start(PracticeCallRequest request) {
    if (request == null) {
      throw new PracticeCalls.Refused(
          400,
          "Missing body",
          "Send a JSON body such as {\"to\": \"+14155550100\", \"flow\": \"card-services\"}.");
    }
    PracticeCalls.Started started = calls.start(request.to(), request.flow());
    return Response.status(Response.Status.ACCEPTED).entity(started).build();
  }

  @ServerExceptionMapper
  public Response refused(PracticeCalls.Refused e) {
    return problem(e.status, e.title, e.getMessage());
  }

  /** A body that is not JSON, or not the request's shape. */
  @ServerExceptionMapper
  public Response unreadable(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 400) {
      return problem(
          400,
          "Unreadable request",
          "The body must be JSON such as {\"to\": \"+14155550100\", \"flow\": \"card-services\"}.");
    }
    return e.getResponse();
  }

  private static Response problem(int status, String title, String detail) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(new Problem("about:blank", title, status, detail))
        .build();
  }
}
