package org.ivrpractice.channels.twilio;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.Step;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;

/**
 * The benchmarks' upper bound: the same kind of request as a webhook (a form POST, read whole),
 * answered with a fixed TwiML document rendered once, without a signature check, a session or the
 * engine. {@code bench/run} loads it and the webhooks alike; their ratio is what the channel's own
 * work costs. Like the webhooks it runs on the event loop, so that both are served the same way. It
 * answers 404 unless {@code ivr.bench.limit-endpoint=true}.
 */
@NonBlocking
@Path("/bench/twiml")
public class TwimlLimitResource {

  private final boolean enabled;
  private final FlowCatalog catalog;
  private final TwilioConfig config;
  private volatile String document;

  public TwimlLimitResource(TwilioConfig config, FlowCatalog catalog) {
    this.enabled = config.bench().limitEndpoint();
    this.catalog = catalog;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_XML)
  public String twiml(MultivaluedMap<String, String> form) {
    if (!enabled) {
      throw new NotFoundException();
    }
    String doc = document;
    if (doc == null) {
      doc = firstTurn();
      document = doc;
    }
    return doc;
  }

  /** The default flow's first turn, as {@code POST /twilio/voice} answers a new call. */
  private String firstTurn() {
    Flow flow = catalog.line(config.twilio().defaultFlow()).orElseThrow(NotFoundException::new);
    Step start = new Engine().start(flow, null, 0);
    return new TwimlRenderer(TwimlSettings.of(config))
        .turn(TurnDocument.of(flow.id(), start.state().locale(), start.turn(), null));
  }
}
