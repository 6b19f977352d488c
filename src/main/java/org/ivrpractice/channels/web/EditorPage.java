package org.ivrpractice.channels.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;

/**
 * {@code /flows/{id}/edit}: the flow editor page. The page fetches the file and checks each draft
 * itself ({@link EditorResource}); this names the flow, its file and whether it is a line (a call
 * can start in it) or a sub-flow.
 */
@Path("/flows/{flowId}/edit")
@Produces(MediaType.TEXT_HTML)
public class EditorPage {

  @CheckedTemplate(basePath = "web")
  static class Templates {
    static native TemplateInstance editor(
        String flowId, String name, String file, boolean line, String styleNonce);
  }

  private final FlowCatalog catalog;
  private final FlowFiles files;
  private final PagesResource pages;
  private final java.security.SecureRandom random = new java.security.SecureRandom();

  public EditorPage(FlowCatalog catalog, PagesResource pages) {
    this.catalog = catalog;
    this.files = new FlowFiles(catalog.folder());
    this.pages = pages;
  }

  @GET
  public Response edit(@PathParam("flowId") String flowId) {
    Optional<String> file = files.fileOf(flowId);
    if (file.isEmpty()) {
      String message =
          "There is no flow file '"
              + flowId
              + ".yaml' to edit. The flows are: "
              + String.join(", ", files.flowIds())
              + ".";
      return Response.status(Response.Status.NOT_FOUND)
          .entity(pages.missingPage(message))
          .type(MediaType.TEXT_HTML)
          .build();
    }
    Flow flow = catalog.result().flows().get(flowId);
    String name = flow == null ? flowId : flow.name();
    boolean line = flow == null ? catalog.line(flowId).isPresent() : !flow.isSubflow();
    String nonce = nonce();
    return Response.ok(Templates.editor(flowId, name, file.get(), line, nonce))
        .header("Content-Security-Policy", SecurityHeaders.policyWithStyleNonce(nonce))
        .build();
  }

  /** A fresh nonce for the page's run-time styles (CodeMirror's), 128 random bits. */
  private String nonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
