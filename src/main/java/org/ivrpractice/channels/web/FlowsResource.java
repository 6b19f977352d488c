package org.ivrpractice.channels.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ivrpractice.app.FlowCatalog;
import org.ivrpractice.flow.Flow;

/** {@code GET /api/flows}: the phone lines this server runs. */
@Path("/api/flows")
@Produces(MediaType.APPLICATION_JSON)
public class FlowsResource {

  /** A line as the API describes it. */
  public record FlowSummary(
      String id, String name, String description, List<String> locales, int nodes) {
    static FlowSummary of(Flow flow) {
      return new FlowSummary(
          flow.id(), flow.name(), flow.description(), flow.locales(), flow.nodes().size());
    }
  }

  private final FlowCatalog catalog;

  public FlowsResource(FlowCatalog catalog) {
    this.catalog = catalog;
  }

  @GET
  public List<FlowSummary> list() {
    return catalog.lines().stream().map(FlowSummary::of).toList();
  }

  @GET
  @Path("/{id}")
  public FlowSummary get(@PathParam("id") String id) {
    return catalog
        .line(id)
        .map(FlowSummary::of)
        .orElseThrow(() -> new NotFoundException("There is no flow '" + id + "'."));
  }
}
