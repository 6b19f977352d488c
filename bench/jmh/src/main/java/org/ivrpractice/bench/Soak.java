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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The soak: many concurrent callers, each playing whole lost-card calls (six signed webhooks, each
 * to the next instance in turn, as a load balancer without sticky sessions sends them) one after
 * the other until the time is up; every answer is checked. A call that hears "we lost track of your
 * call" counts as a session lost. Prints one JSON line.
 *
 * <p>Usage: {@code Soak PUBLIC_URL AUTH_TOKEN CALLERS SECONDS INSTANCE_URL...}
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
  private volatile long deadline;

  private Soak(String publicUrl, String token, List<String> instances) {
    this.publicUrl = publicUrl;
    this.instances = instances;
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
    if (args.length < 5) {
      System.err.println("usage: Soak PUBLIC_URL AUTH_TOKEN CALLERS SECONDS INSTANCE_URL...");
      System.exit(2);
    }
    Soak soak = new Soak(args[0], args[1], List.of(args).subList(4, args.length));
    int callers = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    soak.run(callers, seconds);
  }

  private void run(int callers, int seconds) throws InterruptedException {
    long started = System.nanoTime();
    deadline = started + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(callers);
    for (int i = 0; i < callers; i++) {
      int caller = i;
      nextCall(caller, 0).whenComplete((v, e) -> done.countDown());
    }
    done.await(seconds + 120L, TimeUnit.SECONDS);
    double took = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "{\"callers\":%d,\"seconds\":%.1f,\"calls_completed\":%d,\"requests\":%d,"
            + "\"errors\":%d,\"wrong_answers\":%d,\"sessions_lost\":%d,\"calls_per_s\":%.0f,"
            + "\"requests_per_s\":%.0f,\"instances\":%d}%n",
        callers,
        took,
        calls.get(),
        requests.get(),
        errors.get(),
        wrong.get(),
        lost.get(),
        calls.get() / took,
        requests.get() / took,
        instances.size());
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
    return http.sendAsync(post, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
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
                if (wrong.incrementAndGet() == 1) {
                  System.err.println(
                      "first wrong answer, to " + request.link() + ": " + response.body());
                }
                return false;
              }
              return true;
            })
        .thenCompose(ok -> ok ? step(callSid, i + 1) : CompletableFuture.completedFuture(false));
  }
}
