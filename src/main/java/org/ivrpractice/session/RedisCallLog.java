package org.ivrpractice.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.CallSummary;

/**
 * The call log in a Redis Stream ({@code ivr:calls:log}), shared by every instance: each ended call
 * is one entry ({@code XADD ... MAXLEN n}, so the stream never holds more than the log's capacity)
 * whose one field is the summary as JSON. Reading walks the stream from its newest entry back, a
 * page at a time, and stops at the limit or at entries added well before the time asked for.
 */
public final class RedisCallLog implements CallLog {

  /** Entries read per command. */
  static final int PAGE = 500;

  /**
   * How much earlier than a summary's end its entry may have been added, at most: a summary is
   * appended when the call ends, on the clock of the instance that served its end, which may be a
   * little off Redis's.
   */
  static final long CLOCK_SLACK_MS = 300_000;

  private static final String FIELD = "s";

  private final BoundedRedis redis;
  private final String key;
  private final String capacity;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  RedisCallLog(BoundedRedis redis, ObjectMapper json, String prefix, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a call log holds at least one call, not " + capacity);
    }
    this.redis = redis;
    this.key = prefix + "calls:log";
    this.capacity = Integer.toString(capacity);
    ObjectMapper mapper = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    this.reader = mapper.readerFor(CallSummary.class);
    this.writer = mapper.writerFor(CallSummary.class);
  }

  @Override
  public CompletionStage<Void> append(CallSummary summary) {
    return redis
        .execute(Command.XADD, key, "MAXLEN", capacity, "*", FIELD, write(summary))
        .thenApply(id -> null);
  }

  @Override
  public CompletionStage<List<CallSummary>> read(String flow, long sinceMs, int limit) {
    List<CallSummary> newestFirst = new ArrayList<>();
    return page("+", flow, sinceMs, Math.max(0, limit), newestFirst)
        .thenApply(
            done -> {
              List<CallSummary> oldestFirst = new ArrayList<>(newestFirst.size());
              for (int i = newestFirst.size() - 1; i >= 0; i--) {
                oldestFirst.add(newestFirst.get(i));
              }
              return oldestFirst;
            });
  }

  /** Reads the entries before {@code end} (an entry id, or {@code +}), then the page before. */
  private CompletionStage<Void> page(
      String end, String flow, long sinceMs, int limit, List<CallSummary> found) {
    if (found.size() >= limit) {
      return CompletableFuture.completedFuture(null);
    }
    return redis
        .execute(Command.XREVRANGE, key, end, "-", "COUNT", Integer.toString(PAGE))
        .thenCompose(
            entries -> {
              String last = null;
              int size = entries == null ? 0 : entries.size();
              for (int i = 0; i < size && found.size() < limit; i++) {
                Response entry = entries.get(i);
                last = entry.get(0).toString();
                if (addedAt(last) < sinceMs - CLOCK_SLACK_MS) {
                  return CompletableFuture.completedFuture(null);
                }
                CallSummary s = read(entry.get(1));
                if (s != null
                    && (flow == null || flow.equals(s.flow()))
                    && s.startedAt() + s.durationMs() >= sinceMs) {
                  found.add(s);
                }
              }
              return size < PAGE || last == null
                  ? CompletableFuture.completedFuture(null)
                  : page("(" + last, flow, sinceMs, limit, found);
            });
  }

  /** The time an entry was added, from its id ({@code 1700000000000-0}). */
  static long addedAt(String entryId) {
    int dash = entryId.indexOf('-');
    return Long.parseLong(dash < 0 ? entryId : entryId.substring(0, dash));
  }

  private String write(CallSummary summary) {
    try {
      return writer.writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a call summary could not be written as JSON", e);
    }
  }

  /** The summary in an entry's fields, or null when it holds none this version can read. */
  private CallSummary read(Response fields) {
    for (int i = 0; fields != null && i + 1 < fields.size(); i += 2) {
      if (FIELD.equals(fields.get(i).toString())) {
        try {
          return reader.readValue(fields.get(i + 1).toString());
        } catch (JsonProcessingException | RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }
}
