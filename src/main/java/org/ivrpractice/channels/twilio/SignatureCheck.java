package org.ivrpractice.channels.twilio;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks {@code X-Twilio-Signature}: an HMAC-SHA1, keyed with the account's auth token, of the URL
 * Twilio requested followed by the POST parameters sorted by name. Behind a proxy or a tunnel the
 * URL this server sees is not the one Twilio signed, so the configured public URL replaces its
 * scheme, host and port. Twilio signs some requests with the port and some without; both are
 * accepted. The check is {@link HmacSignatures}, which decides exactly as twilio-java's {@code
 * RequestValidator} does (tested side by side) at a fraction of its cost per request.
 */
public final class SignatureCheck {

  /** The header Twilio signs requests in. */
  public static final String HEADER = "X-Twilio-Signature";

  /**
   * The check's verdict.
   *
   * @param reason why it was rejected (for the log: never contains the token), or null
   */
  public record Verdict(boolean accepted, String reason) {
    static final Verdict ACCEPTED = new Verdict(true, null);

    static Verdict rejected(String reason) {
      return new Verdict(false, reason);
    }
  }

  private final boolean enabled;
  private final HmacSignatures validator;
  private final String publicUrl;
  private final String publicBase;

  /**
   * @param enabled false accepts every request (local practice only)
   * @param authToken the account's auth token, or null when not configured
   * @param publicUrl the base URL Twilio calls ({@code https://ivr.example.com}), or null
   */
  public SignatureCheck(boolean enabled, String authToken, String publicUrl) {
    this.enabled = enabled;
    this.validator =
        authToken == null || authToken.isBlank() ? null : new HmacSignatures(authToken.strip());
    this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip();
    this.publicBase = base(this.publicUrl);
  }

  public boolean enabled() {
    return enabled;
  }

  /** What to warn about once at start-up: validation turned off. */
  public Optional<String> startupWarning() {
    if (enabled) {
      return Optional.empty();
    }
    return Optional.of(
        "Twilio signature validation is OFF (ivr.twilio.validate-signature=false): anyone who"
            + " can reach /twilio/* can drive calls. Use this only for local practice.");
  }

  /**
   * @param requestUri the URL this server received the request on, with its query
   * @param params the POST parameters
   * @param signature the header's value, or null
   */
  public Verdict check(URI requestUri, Map<String, String> params, String signature) {
    return check(requestUri::toString, pathAndQuery(requestUri), params, signature);
  }

  /**
   * The same, from the request's URL as strings, so a webhook parses no URI on its way.
   *
   * @param requestUrl the URL this server received the request on ({@code http://host:port/...}),
   *     asked for only when no public URL is configured
   * @param pathAndQuery its raw path and query ({@code /twilio/voice/x/input?node=main})
   */
  public Verdict check(
      Supplier<String> requestUrl,
      String pathAndQuery,
      Map<String, String> params,
      String signature) {
    if (!enabled) {
      return Verdict.ACCEPTED;
    }
    if (validator == null) {
      return Verdict.rejected(
          "no Twilio auth token is configured: set IVR_TWILIO_AUTH_TOKEN (ivr.twilio.auth-token),"
              + " or turn validation off for local practice with"
              + " IVR_TWILIO_VALIDATE_SIGNATURE=false");
    }
    if (signature == null || signature.isBlank()) {
      return Verdict.rejected("the request has no " + HEADER + " header");
    }
    String url = signedUrl(requestUrl, pathAndQuery);
    if (validator.validate(url, params, signature.strip())) {
      return Verdict.ACCEPTED;
    }
    return Verdict.rejected(
        "the "
            + HEADER
            + " header does not match "
            + url
            + " (checked with and without the port)"
            + (publicUrl == null
                ? "; behind a proxy or tunnel, set IVR_TWILIO_PUBLIC_URL to the URL Twilio calls"
                : "; is IVR_TWILIO_PUBLIC_URL the URL Twilio calls, and the auth token this"
                    + " number's account's?"));
  }

  /** The URL Twilio signed: the request's, on the public URL's scheme, host and port if set. */
  String signedUrl(URI requestUri) {
    return signedUrl(requestUri::toString, pathAndQuery(requestUri));
  }

  private String signedUrl(Supplier<String> requestUrl, String pathAndQuery) {
    return publicBase == null ? requestUrl.get() : publicBase + pathAndQuery;
  }

  private static String pathAndQuery(URI uri) {
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  /** {@code https://abc.ngrok.app/prefix}: the public URL's scheme, authority and path. */
  private static String base(String publicUrl) {
    if (publicUrl == null) {
      return null;
    }
    URI base = URI.create(publicUrl);
    String prefix = Optional.ofNullable(base.getRawPath()).orElse("");
    if (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return base.getScheme() + "://" + base.getRawAuthority() + prefix;
  }
}
