package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.ivrpractice.testing.diff.BundledFlowCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code test --watch} and {@code check --watch}: each runs on a thread of its own, a file is
 * saved, the second run's summary appears, and the thread is interrupted, as Ctrl-C would end it.
 */
class WatchModeTest {

  /** A command running on its own thread, with what it printed so far. */
  private static final class Watching implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final Thread thread;

    Watching(String... args) {
      CommandLine cl = IvrCommand.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(out, true));
      thread = new Thread(() -> exitCode.set(cl.execute(args)), "watching " + args[0]);
      thread.start();
    }

    String output() {
      synchronized (out.getBuffer()) {
        return out.toString();
      }
    }

    List<String> lines() {
      return output().lines().toList();
    }

    /** Waits (up to 10 s: a run loads and explores flows) until the output's lines satisfy it. */
    void awaitLines(Predicate<List<String>> expected, String what) throws InterruptedException {
      long until = System.nanoTime() + 10_000_000_000L;
      while (!expected.test(lines())) {
        if (System.nanoTime() > until) {
          throw new AssertionError("waited for " + what + "; the output so far:\n" + output());
        }
        Thread.sleep(20);
      }
    }

    /** Interrupts the command, as Ctrl-C would, and gives its exit code. */
    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
      assertTrue(!thread.isAlive(), "the watch did not stop: " + output());
      return exitCode.get();
    }

    @Override
    public void close() throws InterruptedException {
      if (thread.isAlive()) {
        stop();
      }
    }
  }

  private static Predicate<List<String>> lastLineIs(String line) {
    return lines -> !lines.isEmpty() && lines.get(lines.size() - 1).equals(line);
  }

  private static long count(List<String> lines, String line) {
    return lines.stream().filter(line::equals).count();
  }

  @Test
  void testWatchRunsTheScenariosAgainAfterASaveWithTheSummaryLast(@TempDir Path dir)
      throws Exception {
    Files.copy(Path.of("ivr-flows/hello.yaml"), dir.resolve("hello.yaml"));
    Files.copy(Path.of("ivr-flows/hello.scenarios.yaml"), dir.resolve("hello.scenarios.yaml"));

    try (Watching watching = new Watching("test", "--watch", dir.toString())) {
      watching.awaitLines(lastLineIs("13 passed, 0 failed"), "the first run");
      BundledFlowCopies.replace(
          dir.resolve("hello.scenarios.yaml"),
          "hear: It lost its contacts. Goodbye.",
          "hear: knock knock");
      watching.awaitLines(lastLineIs("12 passed, 1 failed"), "the run after the save");

      List<String> lines = watching.lines();
      assertEquals(1, count(lines, WatchedRuns.SEPARATOR), watching.output());
      assertEquals(
          2,
          count(lines, "Watching " + dir + ": every save runs this again (Ctrl-C to stop)."),
          watching.output());
      assertEquals(1, watching.stop(), "the last run failed");
    }
  }

  @Test
  void checkWatchChecksAgainAfterEachBurstOfSaves(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("ivr-flows/hello.yaml"), dir.resolve("hello.yaml"));
    Path flow = dir.resolve("hello.yaml");
    String ok = Files.readString(flow);

    try (Watching watching = new Watching("check", "--watch", dir.toString())) {
      Predicate<List<String>> lintSummary =
          lines -> !lines.isEmpty() && lines.get(lines.size() - 1).startsWith("Lint: ");
      watching.awaitLines(lintSummary, "the first check");
      // An editor's save: a temporary file written in two steps, then renamed into place.
      Path temp = dir.resolve(".hello.yaml.tmp");
      Files.writeString(temp, ok.replace("goto: hours", "goto: hourz"));
      Files.writeString(temp, "# saved\n" + Files.readString(temp));
      Files.move(temp, flow, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      watching.awaitLines(lastLineIs("1 problem in 1 file."), "the check after the save");
      Files.writeString(flow, ok);
      watching.awaitLines(
          lines -> lintSummary.test(lines) && count(lines, WatchedRuns.SEPARATOR) == 2,
          "the check after the fix");

      Thread.sleep(3 * WatchedRuns.SETTLE.toMillis());
      assertEquals(2, count(watching.lines(), WatchedRuns.SEPARATOR), "one run per burst");
      assertEquals(0, watching.stop(), "the last check passed");
    }
  }

  @Test
  void aTerminalIsClearedBeforeEachRun(@TempDir Path dir) throws IOException {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text, true);
    WatchedRuns runs = new WatchedRuns(List.of(dir), out, true);
    Thread.currentThread().interrupt(); // stop after the first run

    int code =
        runs.run(
            () -> {
              out.println("1 passed, 0 failed");
              return 0;
            });

    assertTrue(Thread.interrupted());
    assertEquals(0, code);
    assertEquals(
        WatchedRuns.CLEAR_SCREEN
            + "Watching "
            + dir
            + ": every save runs this again (Ctrl-C to stop).\n1 passed, 0 failed\n",
        text.toString());
  }
}
