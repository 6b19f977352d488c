package org.ivrpractice.channels.twilio;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The Twilio voice webhooks. Every request is checked against its {@code X-Twilio-Signature} first;
 * the answer is always a TwiML document, also when something fails (the exception mappers below
 * cover this class only).
 *
 * <p>They run on the event loop ({@link NonBlocking}): everything a webhook does in this process
 * takes microseconds (the signature, the engine, the template), and a hand-off to a worker thread,
 * which then waited for the event loop to pass it the form, cost more than the work (see
 * docs/performance.md). The call store is asked asynchronously: each webhook answers a {@link
 * CompletionStage} that completes when the store has answered, so a store in another process never
 * stalls the loop.
 */
@NonBlocking
@Path(TwilioRoutes.ROOT)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_XML)
public class TwilioWebhooks {

  private static final Logger LOG = Logger.getLogger(TwilioWebhooks.class);

  private final TwilioCalls calls;
  private final TwilioSignatures signatures;

  public TwilioWebhooks(TwilioCalls calls, TwilioSignatures signatures) {
    this.calls = calls;
    this.signatures = signatures;
  }

  @POST
  @Path(TwilioRoutes.VOICE)
  public CompletionStage<String> answerDefault(
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      @QueryParam(TwilioRoutes.LOCALE) String locale,
      @QueryParam(TwilioRoutes.SEED) String seed,
      MultivaluedMap<String, String> form) {
    return answer(null, uri, signature, locale, seed, form);
  }

  @POST
  @Path(TwilioRoutes.VOICE_FLOW)
  public CompletionStage<String> answer(
      @PathParam("flowId") String flowId,
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      @QueryParam(TwilioRoutes.LOCALE) String locale,
      @QueryParam(TwilioRoutes.SEED) String seed,
      MultivaluedMap<String, String> form) {
    WebhookParams params = signatures.verified(uri, signature, form);
    return calls.answer(flowId, callSid(params), locale, parseSeed(seed));
  }

  @POST
  @Path(TwilioRoutes.INPUT)
  public CompletionStage<String> input(
      @PathParam("flowId") String flowId,
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      MultivaluedMap<String, String> form) {
    WebhookParams params = signatures.verified(uri, signature, form);
    return calls.input(flowId, callSid(params), params);
  }

  @POST
  @Path(TwilioRoutes.DIAL_RESULT)
  public CompletionStage<String> dialResult(
      @PathParam("flowId") String flowId,
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      @QueryParam(TwilioRoutes.LOCALE) String locale,
      MultivaluedMap<String, String> form) {
    WebhookParams params = signatures.verified(uri, signature, form);
    return calls.dialResult(flowId, callSid(params), params.status("DialCallStatus"), locale);
  }

  @POST
  @Path(TwilioRoutes.QUEUE_WAIT)
  public CompletionStage<String> queueWait(
      @PathParam("flowId") String flowId,
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      @QueryParam(TwilioRoutes.QUEUE) String queue,
      @QueryParam(TwilioRoutes.LOCALE) String locale,
      MultivaluedMap<String, String> form) {
    WebhookParams params = signatures.verified(uri, signature, form);
    return calls.queueWait(
        flowId, queue, locale, params.number("QueuePosition", 1), params.number("AvgQueueTime", 0));
  }

  @POST
  @Path(TwilioRoutes.QUEUE_RESULT)
  public CompletionStage<String> queueResult(
      @PathParam("flowId") String flowId,
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      @QueryParam(TwilioRoutes.LOCALE) String locale,
      MultivaluedMap<String, String> form) {
    WebhookParams params = signatures.verified(uri, signature, form);
    return calls.queueResult(flowId, callSid(params), params.status("QueueResult"), locale);
  }

  @POST
  @Path(TwilioRoutes.STATUS)
  public CompletionStage<String> status(
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      MultivaluedMap<String, String> form) {
    WebhookParams params = signatures.verified(uri, signature, form);
    int duration = params.number("CallDuration", -1);
    return calls.status(
        callSid(params), params.status("CallStatus"), duration < 0 ? null : duration);
  }

  @POST
  @Path(TwilioRoutes.FALLBACK)
  public CompletionStage<String> fallback(
      @Context HttpServerRequest uri,
      @HeaderParam(SignatureCheck.HEADER) String signature,
      MultivaluedMap<String, String> form) {
    WebhookParams params = signatures.verified(uri, signature, form);
    return calls.fallback(params.callSid().orElse(null), params.text("ErrorCode", 16));
  }

  /** A request that is not Twilio's: 403, and the log says why (the filter has logged it). */
  @ServerExceptionMapper
  public Response rejected(TwilioSignatures.Rejected e) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.TEXT_PLAIN)
        .entity("Forbidden: this endpoint answers Twilio only (X-Twilio-Signature).")
        .build();
  }

  /** A request without a usable CallSid: 400 (Twilio always sends one). */
  @ServerExceptionMapper
  public Response malformed(MissingCallSid e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.TEXT_PLAIN)
        .entity("Bad request: a CallSid parameter (letters and digits) is required.")
        .build();
  }

  /** A request JAX-RS itself refuses (wrong method, content type): its 4xx stands. */
  @ServerExceptionMapper
  public Response refused(WebApplicationException e) {
    if (e.getResponse().getStatus() < 500) {
      return e.getResponse();
    }
    return failed(e);
  }

  /** Anything else that escaped: still TwiML, with an apology that moves the call on. */
  @ServerExceptionMapper
  public Response failed(Exception e) {
    LOG.error("A Twilio webhook failed; the caller hears an apology", e);
    return Response.ok(calls.failure(null, null), MediaType.TEXT_XML).build();
  }

  private static String callSid(WebhookParams params) {
    return params.callSid().orElseThrow(MissingCallSid::new);
  }

  private static Long parseSeed(String seed) {
    try {
      return seed == null || seed.isBlank() ? null : Long.parseLong(seed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The request has no usable CallSid. */
  static final class MissingCallSid extends RuntimeException {
    MissingCallSid() {
      super("no CallSid", null, false, false);
    }
  }
}
