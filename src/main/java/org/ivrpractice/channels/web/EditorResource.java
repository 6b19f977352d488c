package org.ivrpractice.channels.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.ivrpractice.flow.FlowCatalog;

/**
 * The flow editor's API (docs/editor.md): a flow file's source, a draft checked as {@code check}
 * checks it, the flow's scenarios run against a draft, a draft to try in the simulator, and a save
 * (only with {@code ivr.editor.save=true}). Errors are {@code application/problem+json}.
 */
@Path("/api/flows")
@Produces(MediaType.APPLICATION_JSON)
public class EditorResource {

  private static final String EXAMPLE = "{\"yaml\": \"id: hello\\n...\"}";

  private final FlowEditor editor;
  private final DraftChanges changes;
  private final ObjectMapper json;

  public EditorResource(FlowCatalog catalog, EditorConfig config, ObjectMapper json) {
    this.editor = new FlowEditor(catalog, config.save());
    this.changes = new DraftChanges(catalog);
    this.json = json;
  }

  @GET
  @Path("/{id}/source")
  public FlowEditor.SourceView source(@PathParam("id") String id) {
    return editor.source(id);
  }

  /**
   * {@code {"yaml": "...", "base": "<hash from GET>"}}: an operator's (404 unless {@code
   * ivr.editor.save=true}, 401 without a user, 403 without the role).
   */
  @PUT
  @Path("/{id}/source")
  @OperatorOnly(OperatorSwitch.EDITOR_SAVE)
  @Consumes(MediaType.WILDCARD)
  public FlowEditor.SavedView save(@PathParam("id") String id, InputStream body) {
    DraftRequests.Draft draft =
        DraftRequests.read(
            json, null, body, "{\"yaml\": \"...\", \"base\": \"<hash from GET>\"}", false);
    return editor.save(id, draft.yaml(), draft.base());
  }

  /**
   * {@code {"flow": "card-services", "yaml": "..."}}, or the YAML itself ({@code text/yaml}) with
   * {@code ?flow=card-services}.
   */
  @POST
  @Path("/check")
  @Consumes(MediaType.WILDCARD)
  public FlowEditor.CheckView check(
      @QueryParam("flow") String flow,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      InputStream body) {
    DraftRequests.Draft draft =
        DraftRequests.read(
            json, type, body, "{\"flow\": \"card-services\", \"yaml\": \"...\"}", true);
    return editor.check(draft.flow() != null ? draft.flow() : flow, draft.yaml());
  }

  @POST
  @Path("/{id}/scenarios")
  @Consumes(MediaType.WILDCARD)
  public DraftScenarios scenarios(@PathParam("id") String id, InputStream body) {
    return editor.scenarios(id, DraftRequests.read(json, null, body, EXAMPLE, false).yaml());
  }

  /** What the draft changes for callers against the line's current revision ({@code diff}). */
  @POST
  @Path("/{id}/diff")
  @Consumes(MediaType.WILDCARD)
  public DraftChanges.ChangesView diff(@PathParam("id") String id, InputStream body) {
    return changes.of(id, DraftRequests.read(json, null, body, EXAMPLE, false).yaml());
  }

  @POST
  @Path("/{id}/drafts")
  @Consumes(MediaType.WILDCARD)
  public FlowEditor.DraftView draft(@PathParam("id") String id, InputStream body) {
    return editor.draft(id, DraftRequests.read(json, null, body, EXAMPLE, false).yaml());
  }
}
