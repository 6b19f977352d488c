package org.ivrpractice.channels.twilio;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.OptionalLong;
import org.ivrpractice.channels.web.BodyLimit;
import org.ivrpractice.channels.web.LimitsConfig;
import org.jboss.logging.Logger;

/**
 * A webhook request whose body is announced longer than {@code ivr.limits.body-bytes}, or sent
 * without a length (Twilio posts small forms with their length): answered with the apology's TwiML
 * before any of it is read, as every webhook failure is, never with an HTTP error a caller would
 * hear as "an application error has occurred".
 */
@ApplicationScoped
public class WebhookBodyLimit {

  private static final Logger LOG = Logger.getLogger(WebhookBodyLimit.class);

  private final int maxBytes;
  private final TwilioCalls calls;

  public WebhookBodyLimit(LimitsConfig limits, TwilioCalls calls) {
    this.maxBytes = limits.bodyBytes();
    this.calls = calls;
  }

  void route(@Observes Router router) {
    router.route(TwilioRoutes.ROOT + "/*").order(BodyLimit.ROUTE_ORDER).handler(this::check);
  }

  void check(RoutingContext context) {
    OptionalLong length = BodyLimit.announced(context.request());
    boolean tooLong = length.isPresent() && length.getAsLong() > maxBytes;
    if (!tooLong && !BodyLimit.chunked(context.request())) {
      context.next();
      return;
    }
    LOG.warnf(
        "Refused a request to %s: its body (%s) is over ivr.limits.body-bytes (%d); answered with"
            + " the apology",
        LoggedText.of(context.normalizedPath(), 120),
        length.isPresent() ? length.getAsLong() + " bytes" : "chunked, no length",
        maxBytes);
    BodyLimit.refuse(context, 200, "text/xml;charset=UTF-8", calls.failure(null, null));
  }
}
