package org.ivrpractice.channels.twilio;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;

/**
 * Lets through only requests Twilio signed with this account's auth token, and says in the log why
 * it refused one (never the token).
 */
@ApplicationScoped
public class TwilioSignatures {

  private static final Logger LOG = Logger.getLogger(TwilioSignatures.class);

  /** A request refused: answered 403. */
  public static final class Rejected extends RuntimeException {
    Rejected(String reason) {
      super(reason, null, false, false);
    }
  }

  private final SignatureCheck check;

  public TwilioSignatures(TwilioConfig config) {
    TwilioConfig.Twilio twilio = config.twilio();
    this.check =
        new SignatureCheck(
            twilio.validateSignature(),
            twilio.authToken().orElse(null),
            twilio.publicUrl().orElse(null));
  }

  void onStart(@Observes StartupEvent event) {
    check.startupWarning().ifPresent(LOG::warn);
  }

  /**
   * The request's parameters, once its signature is checked.
   *
   * @throws Rejected when the signature is missing or wrong
   */
  WebhookParams verified(
      HttpServerRequest request, String signature, MultivaluedMap<String, String> form) {
    WebhookParams params = WebhookParams.of(form);
    SignatureCheck.Verdict verdict =
        check.check(request::absoluteURI, request.uri(), params.all(), signature);
    if (!verdict.accepted()) {
      LOG.warnf(
          "Refused a request to %s (403): %s",
          // the path alone (no query), safe to log
          LoggedText.of(request.path() == null ? "" : request.path(), 120), verdict.reason());
      throw new Rejected(verdict.reason());
    }
    return params;
  }
}
