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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ivrpractice.channels.web.ApiProblem;
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

  private final TwilioConfig.Twilio config;
  private final FlowCatalog catalog;
  private final PracticeCallLimits limits;
  private volatile TwilioRestClient client;

  public PracticeCalls(TwilioConfig config, FlowCatalog catalog) {
    this.config = config.twilio();
    this.catalog = catalog;
    this.limits = new PracticeCallLimits(config.practiceCalls(), Clock.systemUTC());
  }

  /**
   * Rings {@code to} and runs {@code flowId} (the default flow when null) on the call, for {@code
   * user} (who is named in the log).
   *
   * @throws ApiProblem 400 for a bad request, 403 for a number not allowed, 429 past the hour's
   *     calls, 503 when settings are missing, 502 when Twilio refuses
   */
  public Started start(String to, String flowId, String user) {
    String publicUrl = requireSettings();
    String number = to == null ? "" : to.replaceAll("[\\s().-]", "");
    if (!E164.matcher(number).matches()) {
      throw new ApiProblem(
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
                    new ApiProblem(
                        400,
                        "Unknown flow",
                        "There is no flow '" + abbreviate(id) + "'. " + catalog.knownLines()));
    String who = LoggedText.of(user == null ? "?" : user, 60);
    try {
      limits.requireAllowed(number);
      limits.admit(number, who);
    } catch (ApiProblem refused) {
      LOG.infof("practice call refused (%d) to %s for %s", refused.status(), masked(number), who);
      throw refused;
    }
    return call(number, flow, publicUrl, who);
  }

  /** A number as the log shows it: its last four digits only ({@code +*******0100}). */
  static String masked(String number) {
    int keep = Math.max(0, number.length() - 4);
    return number.substring(0, keep).replaceAll("[0-9]", "*") + number.substring(keep);
  }

  private Started call(String to, Flow flow, String publicUrl, String user) {
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
      LOG.infof(
          "practice call %s: %s asked to ring %s for flow %s",
          call.getSid(), user, masked(to), flow.id());
      return new Started(
          call.getSid(),
          call.getStatus() == null ? null : call.getStatus().toString(),
          flow.id(),
          to);
    } catch (ApiException e) {
      LOG.warnf(
          "Twilio refused a practice call %s asked for to %s: %s (code %s)",
          user, masked(to), e.getMessage(), e.getCode());
      throw new ApiProblem(
          502,
          "Twilio refused the call",
          "Twilio said: "
              + e.getMessage()
              + (e.getCode() == null ? "" : " (code " + e.getCode() + ")"));
    } catch (ApiConnectionException e) {
      LOG.warnf("Twilio could not be reached for a practice call: %s", e.getMessage());
      throw new ApiProblem(
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
      throw new ApiProblem(
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
