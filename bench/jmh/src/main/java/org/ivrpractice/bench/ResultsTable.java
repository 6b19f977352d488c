package org.ivrpractice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns the files one {@code bench/run} wrote into its results: one Markdown table, printed and
 * written to a file.
 *
 * <p>Usage: {@code ResultsTable WORK_DIR OUT_FILE}.
 */
public final class ResultsTable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path work;
  private final Properties env = new Properties();
  private final StringBuilder out = new StringBuilder();
  private JsonNode redisRun;

  private ResultsTable(Path work) throws IOException {
    this.work = work;
    try (Reader reader = Files.newBufferedReader(work.resolve("env.properties"))) {
      env.load(reader);
    }
  }

  public static void main(String[] args) throws IOException {
    ResultsTable table = new ResultsTable(Path.of(args[0]));
    String text = table.render();
    System.out.print(text);
    Files.writeString(Path.of(args[1]), text);
  }

  private String render() throws IOException {
    line("# Benchmark results");
    line("");
    line(
        "%s, commit `%s`, %s CPU cores, %s. Other work shares the cores: they were %s%% busy"
            + " just before the load runs and %s%% at the end while the benchmark ran nothing"
            + " (load average %s at the start, %s at the end). `bench/run` took %s s (builds %s"
            + " s).",
        env.getProperty("date"),
        env.getProperty("commit"),
        env.getProperty("cpus"),
        env.getProperty("java"),
        env.getProperty("busy_before_load"),
        env.getProperty("busy_at_end"),
        env.getProperty("load_start"),
        env.getProperty("load_end"),
        env.getProperty("elapsed_s"),
        env.getProperty("build_s"));
    line("");
    webhooks();
    line("");
    figures();
    return out.toString();
  }

  private void webhooks() throws IOException {
    line(
        "Webhook load: wrk, %s s per run, one thread per connection, whole lost-card calls (6"
            + " signed requests each); the limit is the same requests answered with a fixed"
            + " TwiML document (`/bench/twiml`). Warm-up first, until the JIT compiler settles:"
            + " %s.",
        env.getProperty("duration_s"), env.getProperty("warmup"));
    line("");
    line(
        "| connections | calls/s | webhook req/s | limit req/s | webhook / limit"
            + " | webhook p50 / p90 / p99 ms | limit p50 / p90 / p99 ms | errors |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String c : env.getProperty("connections").split(" ")) {
      JsonNode hook = wrk("twilio", c);
      JsonNode limit = wrk("limit", c);
      double hookRate = rate(hook, "requests");
      double limitRate = rate(limit, "requests");
      long errors = errors(hook) + errors(limit) + hook.path("wrong_answers").asLong();
      line(
          "| %s | %.0f | %.0f | %.0f | **%.2f** | %s | %s | %d |",
          c,
          rate(hook, "calls"),
          hookRate,
          limitRate,
          hookRate / limitRate,
          percentiles(hook),
          percentiles(limit),
          errors);
    }
    JsonNode redis = redisRun();
    if (redis != null) {
      JsonNode limit = wrk("limit", "64");
      line(
          "| 64, Redis store | %.0f | %.0f | %.0f | **%.2f** | %s | %s | %d |",
          rate(redis, "calls"),
          rate(redis, "requests"),
          rate(limit, "requests"),
          rate(redis, "requests") / rate(limit, "requests"),
          percentiles(redis),
          percentiles(limit),
          errors(redis) + redis.path("wrong_answers").asLong());
    }
    List<String> wrapped = new ArrayList<>();
    for (String c : env.getProperty("connections").split(" ")) {
      long wraps = wrk("twilio", c).path("pool_wraps").asLong();
      if (wraps > 0) {
        wrapped.add(wraps + " times at " + c + " connections");
      }
    }
    if (!wrapped.isEmpty()) {
      line("");
      line(
          "Not every call had a new CallSid: a wrk thread used up its share of the signed calls"
              + " and started again (%s); raise calls_per_run in bench/run.",
          String.join(", ", wrapped));
    }
  }

  /** Webhooks on the Redis store against the limit, its p99, and Redis's memory per call. */
  private void redisFigures(List<String[]> rows, double limitRate) throws IOException {
    JsonNode redis = redisRun();
    if (redis == null) {
      return;
    }
    double ratio = rate(redis, "requests") / limitRate;
    rows.add(
        row(
            "Redis store: webhook / limit, requests/s at 64 connections (redis-server on the same"
                + " cores)",
            fmt("%.2f", ratio),
            "≥ 0.5",
            ratio >= 0.5));
    double p99 = redis.path("p99_us").asDouble() / 1000;
    rows.add(
        row(
            "Redis store: webhook p99 at 64 connections",
            fmt("%.1f ms", p99),
            "< 15 ms",
            p99 < 15));
    long perCall = Long.parseLong(env.getProperty("redis_bytes_per_call", "-1"));
    rows.add(
        row(
            "Redis memory per live call at the main menu (INFO used_memory over "
                + env.getProperty("redis_calls")
                + " calls; MEMORY USAGE of one key)",
            fmt("%d B; %s B", perCall, env.getProperty("redis_memory_usage_key")),
            "≤ 1.5 KB",
            perCall >= 0 && perCall <= 1536));
  }

  private void figures() throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> levels = List.of(env.getProperty("connections").split(" "));
    String headline = levels.contains("64") ? "64" : levels.get(levels.size() - 1);
    JsonNode hook = wrk("twilio", headline);
    JsonNode limit = wrk("limit", headline);
    double ratio = rate(hook, "requests") / rate(limit, "requests");
    rows.add(
        row(
            "webhook / limit, requests/s at " + headline + " connections",
            fmt("%.2f", ratio),
            "≥ 0.8",
            ratio >= 0.8));
    double p99 = hook.path("p99_us").asDouble() / 1000;
    rows.add(
        row(
            "webhook p99 latency at " + headline + " connections",
            fmt("%.1f ms", p99),
            "< 10 ms",
            p99 < 10));
    redisFigures(rows, rate(limit, "requests"));
    // The JVM's default collector (G1) first, then the same benchmarks with the Parallel collector:
    // on 2 cores G1's write barriers and concurrent threads cost the allocating engine a lot.
    List<String[]> runs =
        List.of(new String[] {"jmh.json", ""}, new String[] {"jmh-parallel.json", ", Parallel GC"});
    for (String[] run : runs) {
      Path file = work.resolve(run[0]);
      if (!Files.exists(file)) {
        continue;
      }
      for (JsonNode result : JSON.readTree(file.toFile())) {
        String name = result.path("benchmark").asText().replaceAll(".*\\.", "");
        JsonNode percentiles = result.path("primaryMetric").path("scorePercentiles");
        double median = percentiles.path("50.0").asDouble();
        double p99Step = percentiles.path("99.0").asDouble();
        rows.add(
            row(
                "`Engine.step`, " + words(name) + run[1] + " (median; p99)",
                fmt("%.0f ns; %.0f ns", median, p99Step),
                "≤ 2 µs",
                median <= 2000));
      }
    }
    JsonNode session = JSON.readTree(work.resolve("session.json").toFile());
    long perSession = session.path("bytes_per_session").asLong();
    rows.add(
        row(
            "heap per idle session (" + session.path("sessions").asInt() + " at the main menu)",
            fmt("%d B (JSON %d chars)", perSession, session.path("json_chars_per_session").asInt()),
            "≤ 2 KB",
            perSession <= 2048));
    rows.add(
        row(
            "heap per session after the card lookup (100000 at the delivery menu)",
            fmt(
                "%d B (JSON %d chars)",
                session.path("bytes_per_session_after_lookup").asLong(),
                session.path("json_chars_after_lookup").asInt()),
            "",
            null));
    JsonNode startup = JSON.readTree(work.resolve("startup.json").toFile());
    long firstAnswer = startup.path("median_ms").asLong();
    rows.add(
        row(
            "start-up: JVM launch to first answer, median of "
                + startup.path("runs_ms").size()
                + " (runs; Quarkus \"started in\")",
            fmt(
                "%d ms (%s ms; %s s)",
                firstAnswer,
                join(startup.path("runs_ms")),
                join(startup.path("quarkus_started_in_s"))),
            "≤ 1.5 s",
            firstAnswer <= 1500));
    JsonNode large = JSON.readTree(work.resolve("flows-large.json").toFile());
    double largeCold = large.path("cold_ms").asDouble();
    rows.add(
        row(
            "load + validate a generated "
                + large.path("nodes").asInt()
                + "-node flow: first load in a JVM (warm)",
            fmt("%.0f ms (%.0f ms)", largeCold, large.path("warm_ms").asDouble()),
            "< 2 s",
            largeCold < 2000));
    rows.add(
        row(
            "lint of that flow (`check` runs it after loading)",
            fmt("%.0f ms", large.path("lint_ms").asDouble()),
            "",
            null));
    JsonNode bundled = JSON.readTree(work.resolve("flows-bundled.json").toFile());
    rows.add(
        row(
            "load + validate the bundled flows ("
                + bundled.path("flows").asInt()
                + " flows, "
                + bundled.path("nodes").asInt()
                + " nodes): first load (warm)",
            fmt(
                "%.0f ms (%.0f ms)",
                bundled.path("cold_ms").asDouble(), bundled.path("warm_ms").asDouble()),
            "",
            null));
    rows.add(
        row(
            "`check` command, whole process: bundled flows / the generated flow",
            env.getProperty("check_bundled_ms")
                + " ms / "
                + env.getProperty("check_large_ms")
                + " ms",
            "",
            null));
    rows.add(
        row(
            "`test ivr-flows`, the whole scenario suite, whole process ("
                + env.getProperty("suite_summary")
                + ")",
            env.getProperty("suite_ms") + " ms",
            "",
            null));
    rows.add(
        row(
            "server after the load runs: resident memory (heap limit)",
            env.getProperty("server_rss_mb") + " MB (" + env.getProperty("heap") + ")",
            "",
            null));
    line("| figure | value | target | met |");
    line("|---|---:|---|---|");
    for (String[] r : rows) {
      line("| %s | %s | %s | %s |", r[0], r[1], r[2], r[3]);
    }
  }

  /** The webhook run on the Redis store, read once; null when the run had no Redis stage. */
  private JsonNode redisRun() throws IOException {
    Path file = work.resolve("wrk-redis-64.json");
    if (redisRun == null && Files.exists(file)) {
      redisRun = JSON.readTree(file.toFile());
    }
    return redisRun;
  }

  private JsonNode wrk(String mode, String connections) throws IOException {
    return JSON.readTree(work.resolve("wrk-" + mode + "-" + connections + ".json").toFile());
  }

  private static double rate(JsonNode run, String what) {
    return run.path(what).asDouble() / run.path("seconds").asDouble();
  }

  private static long errors(JsonNode run) {
    return run.path("non_2xx").asLong()
        + run.path("socket_errors").asLong()
        + run.path("timeouts").asLong();
  }

  private static String percentiles(JsonNode run) {
    return fmt(
        "%.1f / %.1f / %.1f",
        run.path("p50_us").asDouble() / 1000,
        run.path("p90_us").asDouble() / 1000,
        run.path("p99_us").asDouble() / 1000);
  }

  private static String[] row(String figure, String value, String target, Boolean met) {
    String verdict = met == null ? "" : met ? "yes" : "**no**";
    return new String[] {figure, value, target, verdict};
  }

  /** {@code collectTurn} as "collect turn". */
  private static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String join(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(n -> items.add(n.asText()));
    return String.join(", ", items);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : fmt(format, args)).append('\n');
  }
}
