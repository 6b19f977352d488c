package org.ivrpractice.channels.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.CallSummary;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.session.Async;

/**
 * {@code GET /api/calls/log}: the call log exported as JSON Lines (one {@link CallSummary} a line,
 * oldest first), for a spreadsheet or a script; {@code flow} keeps one line's calls, {@code since}
 * (an ISO-8601 instant or milliseconds since the epoch) the calls that ended then or later. {@link
 * FlowAnalyticsResource} reports on the same calls.
 */
@Path("/api/calls/log")
public class CallLogResource {

  /** JSON Lines. */
  public static final String NDJSON = "application/x-ndjson";

  /** The longest a request waits for the call log. */
  private static final long LOG_WAIT_MS = 5_000;

  private final FlowCatalog catalog;
  private final CallLog log;
  private final ObjectWriter summaries;

  public CallLogResource(FlowCatalog catalog, CallLog log, ObjectMapper json) {
    this.catalog = catalog;
    this.log = log;
    this.summaries = json.writerFor(CallSummary.class);
  }

  @GET
  @Produces(NDJSON)
  public Response export(@QueryParam("flow") String flow, @QueryParam("since") String since) {
    String line = flow == null || flow.isBlank() ? null : known(catalog, flow);
    List<CallSummary> calls = read(log, line, sinceMs(since));
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          for (CallSummary s : calls) {
            w.write(summaries.writeValueAsString(s));
            w.write('\n');
          }
          w.flush();
        };
    return Response.ok(body, NDJSON).build();
  }

  /** The log's calls (real ones: a crowd's simulated calls are never mixed in), oldest first. */
  static List<CallSummary> read(CallLog log, String flow, long sinceMs) {
    return Async.await(log.read(flow, sinceMs, Integer.MAX_VALUE), LOG_WAIT_MS).stream()
        .filter(s -> !s.simulated())
        .toList();
  }

  /** The line's id, or a 404 problem naming the lines there are. */
  static String known(FlowCatalog catalog, String id) {
    return catalog
        .line(id)
        .map(f -> f.id())
        .orElseThrow(() -> ApiProblem.notFound(catalog.noSuchLine(id)));
  }

  /**
   * Milliseconds since the epoch from {@code since}: an ISO-8601 instant ({@code
   * 2026-12-02T08:00:00Z}) or a number of milliseconds; absent, 0 (every call the log keeps).
   */
  static long sinceMs(String since) {
    if (since == null || since.isBlank()) {
      return 0;
    }
    String s = since.strip();
    try {
      return s.chars().allMatch(Character::isDigit)
          ? Long.parseLong(s)
          : Instant.parse(s).toEpochMilli();
    } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
      throw ApiProblem.badInput(
          "'since' is an ISO-8601 instant (2026-12-02T08:00:00Z) or milliseconds since the epoch"
              + " (1796198400000), not '"
              + shown(s)
              + "'.");
    }
  }

  /** A value from a request, safe to repeat in an answer: short, and no long run of digits. */
  static String shown(String value) {
    String masked = value.replaceAll("\\d{8,}", "…");
    return masked.length() <= 40 ? masked : masked.substring(0, 40) + "...";
  }
}
