package org.ivrpractice.channels.web;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The headers every answer carries, so that a page of this site runs only this site's own scripts
 * and styles, cannot be framed by another site, and gives nothing away when a link is followed.
 * They are set as the answer's headers are written, so they are on every answer: pages, the API,
 * the webhooks, static files, problems and not-found pages alike. (Quarkus's Dev UI, in {@code
 * quarkus:dev} only, runs inline scripts and is left without them.)
 */
@ApplicationScoped
public class SecurityHeaders {

  /** Only the site's own code; images and sounds may also be made in the page. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; media-src 'self' blob: data:; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'";

  private final boolean devMode = LaunchMode.current() == LaunchMode.DEVELOPMENT;

  void route(@Observes Router router) {
    router.route().order(-100).handler(this::add);
  }

  void add(RoutingContext context) {
    if (!(devMode && context.normalizedPath().startsWith("/q/dev"))) {
      context.addHeadersEndHandler(v -> set(context.response().headers()));
    }
    context.next();
  }

  /**
   * The same policy, letting in the style elements that carry this nonce too: the flow editor's
   * CodeMirror adds its styles to the page at run time, as a {@code <style>} with the nonce it is
   * given. A page that sets the policy this way keeps it.
   */
  static String policyWithStyleNonce(String nonce) {
    return CONTENT_SECURITY_POLICY.replace(
        "style-src 'self';", "style-src 'self' 'nonce-" + nonce + "';");
  }

  /** The policy exactly as {@link #policyWithStyleNonce} makes it, from any fitting nonce. */
  private static final Pattern WITH_STYLE_NONCE =
      Pattern.compile(
          Pattern.quote(policyWithStyleNonce("NONCE"))
              .replace("NONCE", "\\E[A-Za-z0-9_-]{16,64}\\Q"));

  static void set(MultiMap headers) {
    String policy = headers.get("Content-Security-Policy");
    if (policy == null || !WITH_STYLE_NONCE.matcher(policy).matches()) {
      headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
  }
}
