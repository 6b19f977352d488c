package org.ivrpractice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from launching the server's JVM to its first answered request ({@code GET /q/health/ready}
 * answered 200), polled every few milliseconds on loopback; the server is stopped after each
 * launch. Prints one JSON line with each run and the median.
 *
 * <p>Usage: {@code StartupTime PORT RUNS LOG_DIR -- SERVER_COMMAND...}.
 */
public final class StartupTime {

  static final long GIVE_UP_MS = 30_000;
  static final Pattern STARTED_IN = Pattern.compile("started in (\\d+\\.\\d+)s");

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path logs = Path.of(args[2]);
    List<String> command = List.of(args).subList(4, args.length);
    ready(port); // load the polling code before the first launch
    long[] firstAnswer = new long[runs];
    List<String> startedIn = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      Path log = logs.resolve("startup-" + run + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(log.toFile());
      long launched = System.nanoTime();
      Process server = builder.start();
      try {
        while (!ready(port)) {
          if (!server.isAlive() || System.nanoTime() - launched > GIVE_UP_MS * 1_000_000) {
            throw new IllegalStateException("the server did not answer; see " + log);
          }
          Thread.sleep(5);
        }
        firstAnswer[run] = (System.nanoTime() - launched) / 1_000_000;
      } finally {
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
          server.destroyForcibly().waitFor();
        }
      }
      Matcher m = STARTED_IN.matcher(Files.readString(log));
      startedIn.add(m.find() ? m.group(1) : "null");
    }
    long[] sorted = firstAnswer.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "{\"runs_ms\":%s,\"median_ms\":%d,\"quarkus_started_in_s\":[%s]}%n",
        Arrays.toString(firstAnswer), sorted[runs / 2], String.join(",", startedIn));
  }

  /** True when the server answers the readiness check with 200; false if it refuses or fails. */
  static boolean ready(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /q/health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      return new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
    } catch (IOException e) {
      return false;
    }
  }

  private StartupTime() {}
}
