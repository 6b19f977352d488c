package org.ivrpractice.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.IntSupplier;
import org.ivrpractice.flow.FolderWatch;

/**
 * A command's {@code --watch}: runs it once, then again after every burst of saves of a YAML file
 * (flows, practice data, scenarios, missions) in its folders, until its thread is interrupted
 * (Ctrl-C ends the whole process). Before each run the screen is cleared when the output is a
 * terminal, else a line says that a file changed; the run's own last line, its summary, stays last.
 * Saves during a run make one more run once it is over.
 */
final class WatchedRuns {

  /** How long the folders must be quiet after a save: an editor writes a file in several steps. */
  static final Duration SETTLE = Duration.ofMillis(200);

  /** Cursor home, then clear the screen. */
  static final String CLEAR_SCREEN = "\033[H\033[2J";

  /** Between runs when the output is not a terminal (a log, a pipe). */
  static final String SEPARATOR = "==== A file changed: running again ====";

  private final List<Path> folders;
  private final PrintWriter out;
  private final boolean terminal;
  private final Semaphore saved = new Semaphore(0);

  WatchedRuns(List<Path> paths, PrintWriter out, boolean terminal) {
    this.folders = foldersOf(paths);
    this.out = out;
    this.terminal = terminal;
  }

  /** Watches the folders of these files and folders, clearing the screen when there is one. */
  static WatchedRuns of(List<Path> paths, PrintWriter out) {
    return new WatchedRuns(paths, out, System.console() != null);
  }

  /**
   * Runs {@code command} once, then after every burst of saves, until the thread is interrupted.
   *
   * @return the last run's exit code
   */
  int run(IntSupplier command) {
    List<FolderWatch> watches = new ArrayList<>();
    try {
      for (Path folder : folders) {
        watches.add(FolderWatch.start(folder, SETTLE, FolderWatch.YAML, saved::release));
      }
    } catch (IOException e) {
      watches.forEach(FolderWatch::close);
      int code = command.getAsInt();
      out.println("Cannot watch " + e.getMessage().replaceFirst("^not a folder: ", "") + ".");
      out.flush();
      return code;
    }
    try {
      return runAgainOnSaves(command);
    } finally {
      watches.forEach(FolderWatch::close);
    }
  }

  private int runAgainOnSaves(IntSupplier command) {
    int code = once(command, true);
    while (true) {
      try {
        saved.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return code;
      }
      saved.drainPermits();
      code = once(command, false);
    }
  }

  private int once(IntSupplier command, boolean first) {
    if (terminal) {
      out.print(CLEAR_SCREEN);
    } else if (!first) {
      out.println();
      out.println(SEPARATOR);
    }
    out.println(
        "Watching "
            + String.join(", ", folders.stream().map(Path::toString).toList())
            + ": every save runs this again (Ctrl-C to stop).");
    out.flush();
    int code = command.getAsInt();
    out.flush();
    return code;
  }

  /** The folders to watch: each folder given, and the folder of each file. */
  private static List<Path> foldersOf(List<Path> paths) {
    Set<Path> out = new LinkedHashSet<>();
    for (Path path : paths) {
      Path parent = path.getParent();
      out.add(Files.isRegularFile(path) ? (parent == null ? Path.of(".") : parent) : path);
    }
    return List.copyOf(out);
  }
}
