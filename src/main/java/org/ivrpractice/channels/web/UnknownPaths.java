package org.ivrpractice.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What a path that nothing serves answers, as the rest of the site does: under {@code /api/} a 404
 * {@code application/problem+json} naming the API's endpoints; anywhere else the styled not-found
 * page, which leads back to the lines. It is the router's last route, after the resources and the
 * static files.
 */
@ApplicationScoped
public class UnknownPaths {

  private final PagesResource pages;
  private final ObjectMapper json;

  public UnknownPaths(PagesResource pages, ObjectMapper json) {
    this.pages = pages;
    this.json = json;
  }

  void lastRoute(@Observes Router router) {
    router.route().order(Integer.MAX_VALUE).blockingHandler(this::answer, false);
  }

  void answer(RoutingContext context) {
    String path = context.normalizedPath();
    boolean api = path.equals("/api") || path.startsWith("/api/");
    String type = api ? ApiProblemMapper.PROBLEM_JSON : "text/html;charset=UTF-8";
    context
        .response()
        .setStatusCode(404)
        .putHeader("Content-Type", type)
        .end(api ? problem(path) : page(path));
  }

  private String problem(String path) {
    String detail =
        "The API has nothing at "
            + path
            + ". It has /api/flows, /api/flows/{id}, /api/calls and /api/calls/{id}"
            + " (the README's \u201cPractise in the browser\u201d shows them).";
    try {
      return json.writeValueAsString(ApiProblemMapper.body(404, "Not found", detail, path));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem could not be written as JSON", e);
    }
  }

  private String page(String path) {
    return pages.missingPage("There is no page at " + path + " on this site.").render();
  }
}
