package org.ivrpractice.channels.twilio;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ivrpractice.channels.web.ApiProblem;
import org.ivrpractice.channels.web.ApiProblemMapper;
import org.ivrpractice.channels.web.OperatorOnly;
import org.ivrpractice.channels.web.OperatorSwitch;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code POST /api/practice-calls} with {@code {"to": "+1...", "flow": "card-services"}}: rings a
 * phone through the operator's Twilio account and runs the flow on the call. Operators only, and
 * off unless {@code ivr.practice-calls.enabled}.
 */
@Path("/api/practice-calls")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PracticeCallResource {

  /** The request: the phone to ring, and the flow (the default flow when left out). */
  public record PracticeCallRequest(String to, String flow) {}

  private final PracticeCalls calls;

  public PracticeCallResource(PracticeCalls calls) {
    this.calls = calls;
  }

  @POST
  @OperatorOnly(OperatorSwitch.PRACTICE_CALLS)
  public Response start(PracticeCallRequest request, @Context SecurityContext security) {
    if (request == null) {
      throw new ApiProblem(
          400,
          "Missing body",
          "Send a JSON body such as {\"to\": \"+14155550100\", \"flow\": \"card-services\"}.");
    }
    String user =
        security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    PracticeCalls.Started started = calls.start(request.to(), request.flow(), user);
    return Response.status(Response.Status.ACCEPTED).entity(started).build();
  }

  /** A body that is not JSON, or not the request's shape. */
  @ServerExceptionMapper
  public Response unreadable(WebApplicationException e, @Context UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status == 400) {
      return ApiProblemMapper.answer(
          new ApiProblem(
              400,
              "Unreadable request",
              "The body must be JSON such as {\"to\": \"+14155550100\", \"flow\":"
                  + " \"card-services\"}."),
          uri);
    }
    return e.getResponse();
  }
}
