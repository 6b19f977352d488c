package org.ivrpractice.channels.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.jboss.logging.Logger;

/**
 * Outbound practice calls: asks Twilio's REST API to ring the user's phone and run a flow on the
 * call, with this server's webhooks. Refuses clearly when a setting is missing or the request is
 * wrong, before anything reaches Twilio.
 */
@ApplicationScoped
public class PracticeCalls {

  private static final Logger LOG = Logger.getLogger(PracticeCalls.class);

  /** E.164: a plus, then 8 to 15 digits, the first not zero. */
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  /** A practice call that Twilio accepted. */
  public record Started(String callSid, String status, String flow, String to) {}

  /** A request refused, with the HTTP status and what to do. */
  public static final class Refused extends RuntimeException {
    final int status;
    final String title;

    Refused(int status, String title, String detail) {
      super(detail, null, false, false);
      this.status = status;
      this.title = title;
    }
  }

  private final TwilioConfig.Twilio config;
  private final FlowCatalog catalog;
  private volatile TwilioRestClient client;

  public PracticeCalls(TwilioConfig config, FlowCatalog catalog) {
    this.config = config.twilio();
    this.catalog = catalog;
  }

  /**
   * Rings {@code to} and runs {@code flowId} (the default flow when null) on the call.
   *
   * @throws Refused 400 for a bad request, 503 when settings are missing, 502 when Twilio refuses
   */
  public Started start(String to, String flowId) {
    String publicUrl = requireSettings();
    String number = to == null ? "" : to.replaceAll("[\\s().-]", "");
    if (!E164.matcher(number).matches()) {
      throw new Refused(
          400,
          "Bad phone number",
          "'to' must be a phone number in E.164 form, such as +14155550100 (a plus, the country"
              + " code, then the number), not '"
              + (to == null ? "" : abbreviate(to))
              + "'.");
    }
    String id = flowId == null || flowId.isBlank() ? config.defaultFlow() : flowId.strip();
    Flow flow =
        catalog
            .line(id)
            .orElseThrow(
                () ->
                    new Refused(
                        400,
                        "Unknown flow",
                        "There is no flow '" + abbreviate(id) + "'. " + catalog.knownLines()));
    return call(number, flow, publicUrl);
  }

  private Started call(String to, Flow flow, String publicUrl) {
    try {
      Call call =
          Call.creator(
                  new PhoneNumber(to),
                  new PhoneNumber(config.fromNumber().orElseThrow()),
                  URI.create(TwilioRoutes.absolute(publicUrl, TwilioRoutes.voice(flow.id()))))
              .setMethod(HttpMethod.POST)
              .setStatusCallback(
                  URI.create(TwilioRoutes.absolute(publicUrl, TwilioRoutes.status())))
              .setStatusCallbackMethod(HttpMethod.POST)
              .setFallbackUrl(URI.create(TwilioRoutes.absolute(publicUrl, TwilioRoutes.fallback())))
              .setFallbackMethod(HttpMethod.POST)
              .create(client());
      LOG.infof("practice call %s: ringing a phone for flow %s", call.getSid(), flow.id());
      return new Started(
          call.getSid(),
          call.getStatus() == null ? null : call.getStatus().toString(),
          flow.id(),
          to);
    } catch (ApiException e) {
      LOG.warnf("Twilio refused a practice call: %s (code %s)", e.getMessage(), e.getCode());
      throw new Refused(
          502,
          "Twilio refused the call",
          "Twilio said: "
              + e.getMessage()
              + (e.getCode() == null ? "" : " (code " + e.getCode() + ")"));
    } catch (ApiConnectionException e) {
      LOG.warnf("Twilio could not be reached for a practice call: %s", e.getMessage());
      throw new Refused(
          502, "Twilio unreachable", "Twilio's API could not be reached: " + e.getMessage());
    }
  }

  /** The public URL, once every setting an outbound call needs is known present. */
  private String requireSettings() {
    List<String> missing = new ArrayList<>();
    require(config.accountSid(), "ivr.twilio.account-sid (IVR_TWILIO_ACCOUNT_SID)", missing);
    require(config.authToken(), "ivr.twilio.auth-token (IVR_TWILIO_AUTH_TOKEN)", missing);
    require(config.fromNumber(), "ivr.twilio.from-number (IVR_TWILIO_FROM_NUMBER)", missing);
    require(config.publicUrl(), "ivr.twilio.public-url (IVR_TWILIO_PUBLIC_URL)", missing);
    if (!missing.isEmpty()) {
      throw new Refused(
          503,
          "Outbound calls are not configured",
          "Practice calls need these settings, which are missing: "
              + String.join(", ", missing)
              + ". See the README section 'Put a flow on a real phone number'.");
    }
    return config.publicUrl().orElseThrow().strip();
  }

  private TwilioRestClient client() {
    TwilioRestClient existing = client;
    if (existing != null) {
      return existing;
    }
    TwilioRestClient built =
        new TwilioRestClient.Builder(
                config.accountSid().orElseThrow().strip(), config.authToken().orElseThrow().strip())
            .httpClient(
                config
                    .apiBaseUrl()
                    .filter(url -> !url.isBlank())
                    .<com.twilio.http.HttpClient>map(RedirectingHttpClient::new)
                    .orElseGet(NetworkHttpClient::new))
            .build();
    client = built;
    return built;
  }

  private static void require(Optional<String> value, String name, List<String> missing) {
    if (value.filter(v -> !v.isBlank()).isEmpty()) {
      missing.add(name);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
