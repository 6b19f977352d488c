package org.ivrpractice.channels.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ivrpractice.analytics.AnalyticsReport;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.CallSummary;
import org.ivrpractice.analytics.FlowAnalytics;
import org.ivrpractice.flow.FlowCatalog;

/**
 * {@code GET /api/flows/{id}/analytics}: where a line's callers went ({@link AnalyticsReport}),
 * from the calls of the call log; {@code since} (an ISO-8601 instant or milliseconds since the
 * epoch) keeps the calls that ended then or later, {@code channel} one channel's.
 */
@Path("/api/flows/{id}/analytics")
public class FlowAnalyticsResource {

  private final FlowCatalog catalog;
  private final CallLog log;

  public FlowAnalyticsResource(FlowCatalog catalog, CallLog log) {
    this.catalog = catalog;
    this.log = log;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public AnalyticsReport report(
      @PathParam("id") String id,
      @QueryParam("since") String since,
      @QueryParam("channel") String channel) {
    String flow = CallLogResource.known(catalog, id);
    String only = channel == null || channel.isBlank() ? null : channel(channel);
    long from = CallLogResource.sinceMs(since);
    return FlowAnalytics.of(flow, CallLogResource.read(log, flow, from), only, from, false);
  }

  private static String channel(String channel) {
    if (!CallSummary.CHANNELS.contains(channel)) {
      throw ApiProblem.badInput(
          "There is no channel '"
              + CallLogResource.shown(channel)
              + "'; the channels are "
              + String.join(", ", CallSummary.CHANNELS)
              + ".");
    }
    return channel;
  }
}
