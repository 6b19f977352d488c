package org.ivrpractice.channels.twilio;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged server ({@code target/quarkus-app/quarkus-run.jar}), started as a
 * separate process on a free loopback port with the settings given, as a user runs it; it can be
 * killed as a crash would kill it. Its log goes to {@code target/it-logs/<name>.log}.
 */
final class AppInstance implements AutoCloseable {

  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Map<String, String> settings;
  private int port;
  private Process process;
  private long logStart;

  private AppInstance(String name, Map<String, String> settings) {
    this.name = name;
    this.settings = settings;
  }

  /** Starts an instance and waits until it is ready ({@code /q/health/ready} answers 200). */
  static AppInstance start(String name, Map<String, String> settings) {
    AppInstance app = new AppInstance(name, settings);
    app.launch();
    return app;
  }

  /** {@code http://127.0.0.1:<port>} */
  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Kills the process at once, as a crash or an out-of-memory kill would. */
  void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts the instance again (a new process on a new port) after {@link #kill}. */
  void restart() {
    kill();
    launch();
  }

  /** The instance's log so far. */
  String log() {
    try {
      return Files.readString(logFile());
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * What the latest launch logged until Quarkus said it had started (the log file keeps earlier
   * launches too).
   */
  List<String> startLog() {
    List<String> lines = new ArrayList<>();
    for (String line : log().substring((int) logStart).lines().toList()) {
      lines.add(line);
      if (line.contains("started in")) {
        break;
      }
    }
    return lines;
  }

  @Override
  public void close() {
    kill();
  }

  private void launch() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: integration tests run after package");
    }
    try {
      port = freePort();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      command.add("-Dquarkus.http.host=127.0.0.1");
      command.add("-Dquarkus.http.port=" + port);
      settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
      command.add("-jar");
      command.add(JAR.toString());
      Files.createDirectories(logFile().getParent());
      logStart = Files.exists(logFile()) ? Files.readString(logFile()).length() : 0;
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("the server could not be started", e);
    }
    waitUntilReady();
  }

  private void waitUntilReady() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting:\n" + log());
      }
      if (status("/q/health/ready") == 200) {
        return;
      }
      sleep(100);
    }
    throw new IllegalStateException(name + " was not ready within 60 s:\n" + log());
  }

  /** The HTTP status of a GET, or -1 when the instance cannot be reached. */
  int status(String path) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(5)).build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private Path logFile() {
    return Path.of("target", "it-logs", name + ".log");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
