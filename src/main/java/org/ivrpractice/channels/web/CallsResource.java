package org.ivrpractice.channels.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ivrpractice.practice.Hint;

/**
 * The calls API that the browser phone (and any script) drives: start a call, send what the caller
 * does, read the transcript, ask for a hint, hang up. Errors are {@code application/problem+json}.
 */
@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

  private final BrowserCalls calls;
  private final CallStarts starts;
  private final ObjectMapper json;

  public CallsResource(BrowserCalls calls, CallStarts starts, ObjectMapper json) {
    this.calls = calls;
    this.starts = starts;
    this.json = json;
  }

  /**
   * {@code {"flow": "card-services", "locale"?: "en-US", "mission"?: "report-stolen"}}; at most
   * {@code ivr.limits.calls-per-minute} per client.
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response start(String body, @Context UriInfo uri, @Context HttpServerRequest client) {
    starts.admit(client);
    CallRequests.Start request =
        CallRequests.read(json, body, CallRequests.Start.class, "{\"flow\": \"card-services\"}");
    TurnView turn = calls.start(request);
    return Response.created(uri.getAbsolutePathBuilder().path(turn.callId()).build())
        .entity(turn)
        .build();
  }

  /** {@code {"digits": "1"}}, {@code {"speech": "agent"}} or {@code {"silence": true}}. */
  @POST
  @Path("/{id}/input")
  @Consumes(MediaType.WILDCARD)
  public TurnView input(@PathParam("id") String id, String body) {
    return calls.input(
        id, CallRequests.read(json, body, CallRequests.Caller.class, "{\"digits\": \"1\"}"));
  }

  @GET
  @Path("/{id}")
  public CallReport transcript(@PathParam("id") String id) {
    return calls.report(id);
  }

  @POST
  @Path("/{id}/hint")
  @Consumes(MediaType.WILDCARD)
  public Hint hint(@PathParam("id") String id) {
    return calls.hint(id);
  }

  @DELETE
  @Path("/{id}")
  public TurnView hangUp(@PathParam("id") String id) {
    return calls.hangUp(id);
  }
}
