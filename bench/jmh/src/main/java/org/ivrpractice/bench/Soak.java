package org.ivrpractice.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The soak: many concurrent callers, each playing whole lost-card calls (six signed webhooks, each
 * to the next instance in turn, as a load balancer without sticky sessions sends them) one after
 * the other until the time is up; every answer is checked. A call that hears "we lost track of your
 * call" counts as a session lost. A caller may pause between a call's requests, as a person listens
 * before pressing (0: none, every caller sends its next request the moment it has the answer, which
 * overloads the server on purpose). The callers' first calls start spread over the ramp's seconds,
 * as calls arrive, not all in one millisecond. Prints one JSON line, with the requests' latencies.
 *
 * <p>Usage: {@code Soak PUBLIC_URL AUTH_TOKEN CALLERS SECONDS PAUSE_MS RAMP_S INSTANCE_URL...}
 */
public final class Soak {

  private static final String LOST = "lost track of your call";

  private final String publicUrl;
  private final List<String> instances;
  private final ThreadLocal<Mac> macs;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final AtomicLong wrong = new AtomicLong();

  /** Requests by latency, one bin per millisecond; the last bin holds the slower ones. */
  private final AtomicLongArray latencyMs = new AtomicLongArray(30_001);

  /** Wrong answers by the 10 s of the run they came in. */
  private final AtomicLongArray wrongByTen = new AtomicLongArray(100);

  private volatile long started;
  private final Executor pause;
  private volatile long deadline;

  private Soak(String publicUrl, String token, long pauseMs, List<String> instances) {
    this.publicUrl = publicUrl;
    this.instances = instances;
    this.pause =
        pauseMs == 0
            ? Runnable::run
            : CompletableFuture.delayedExecutor(pauseMs, TimeUnit.MILLISECONDS);
    SecretKeySpec key = new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA1");
                mac.init(key);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 7) {
      System.err.println(
          "usage: Soak PUBLIC_URL AUTH_TOKEN CALLERS SECONDS PAUSE_MS RAMP_S INSTANCE_URL...");
      System.exit(2);
    }
    Soak soak =
        new Soak(args[0], args[1], Long.parseLong(args[4]), List.of(args).subList(6, args.length));
    int callers = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    soak.run(callers, seconds, Integer.parseInt(args[5]));
  }

  private void run(int callers, int seconds, int rampSeconds) throws InterruptedException {
    started = System.nanoTime();
    deadline = started + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(callers);
    for (int i = 0; i < callers; i++) {
      int caller = i;
      long startsAfterMs = rampSeconds * 1000L * i / callers;
      CompletableFuture.runAsync(
              () -> {}, CompletableFuture.delayedExecutor(startsAfterMs, TimeUnit.MILLISECONDS))
          .thenCompose(v -> nextCall(caller, 0))
          .whenComplete((v, e) -> done.countDown());
    }
    done.await(seconds + 120L, TimeUnit.SECONDS);
    double took = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "{\"callers\":%d,\"seconds\":%.1f,\"calls_completed\":%d,\"requests\":%d,"
            + "\"errors\":%d,\"wrong_answers\":%d,\"sessions_lost\":%d,\"calls_per_s\":%.0f,"
            + "\"requests_per_s\":%.0f,\"latency_ms\":{\"p50\":%d,\"p90\":%d,\"p99\":%d,"
            + "\"max\":%d},\"wrong_answers_per_10_s\":%s,\"instances\":%d}%n",
        callers,
        took,
        calls.get(),
        requests.get(),
        errors.get(),
        wrong.get(),
        lost.get(),
        calls.get() / took,
        requests.get() / took,
        percentile(0.50),
        percentile(0.90),
        percentile(0.99),
        percentile(1.0),
        wrongPerTen(took),
        instances.size());
  }

  private String wrongPerTen(double took) {
    StringBuilder list = new StringBuilder("[");
    int tens = (int) Math.min(wrongByTen.length(), Math.ceil(took / 10));
    for (int i = 0; i < tens; i++) {
      list.append(i == 0 ? "" : ",").append(wrongByTen.get(i));
    }
    return list.append(']').toString();
  }

  /** The latency under which this share of the requests was answered, in whole milliseconds. */
  private long percentile(double share) {
    long total = 0;
    for (int i = 0; i < latencyMs.length(); i++) {
      total += latencyMs.get(i);
    }
    long wanted = Math.max(1, (long) Math.ceil(total * share));
    long seen = 0;
    for (int i = 0; i < latencyMs.length(); i++) {
      seen += latencyMs.get(i);
      if (seen >= wanted) {
        return i;
      }
    }
    return latencyMs.length() - 1;
  }

  /** One caller's calls, one after the other, until the time is up. */
  private CompletableFuture<Void> nextCall(int caller, long n) {
    if (System.nanoTime() > deadline) {
      return CompletableFuture.completedFuture(null);
    }
    String callSid = String.format("CA%08x%08x%016x", caller, n, System.nanoTime());
    return step(callSid, 0)
        .thenCompose(
            ok -> {
              if (ok) {
                calls.incrementAndGet();
              }
              return nextCall(caller, n + 1);
            });
  }

  /** Request {@code i} of the call, then the next; true when the whole call went as it should. */
  private CompletableFuture<Boolean> step(String callSid, int i) {
    List<TwilioCallScript.Request> script = TwilioCallScript.LOST_CARD_CALL;
    if (i == script.size()) {
      return CompletableFuture.completedFuture(true);
    }
    TwilioCallScript.Request request = script.get(i);
    var params = TwilioCallScript.params(request, callSid);
    String signature = TwilioCallScript.sign(macs.get(), publicUrl + request.link(), params);
    String instance = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(instance + request.link()))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Twilio-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(TwilioCallScript.body(params)))
            .build();
    long sent = System.nanoTime();
    return http.sendAsync(post, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
              long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
              latencyMs.incrementAndGet((int) Math.min(ms, latencyMs.length() - 1));
              requests.incrementAndGet();
              if (failure != null || response.statusCode() / 100 != 2) {
                errors.incrementAndGet();
                return false;
              }
              if (response.body().contains(LOST)) {
                lost.incrementAndGet();
                return false;
              }
              if (!response.body().contains(request.expect())) {
                int ten = (int) TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) / 10;
                wrongByTen.incrementAndGet(Math.min(ten, wrongByTen.length() - 1));
                if (wrong.incrementAndGet() == 1) {
                  System.err.println(
                      "first wrong answer, to " + request.link() + ": " + response.body());
                }
                return false;
              }
              return true;
            })
        .thenComposeAsync(
            ok -> ok ? step(callSid, i + 1) : CompletableFuture.completedFuture(false), pause);
  }
}
