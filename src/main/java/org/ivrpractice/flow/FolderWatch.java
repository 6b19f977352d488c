package org.ivrpractice.flow;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches one folder and calls back once per burst of changes in it: an editor that writes a file
 * several times, or writes a temporary file and renames it into place, or a {@code git checkout} of
 * many files, is one change, reported once {@code settle} has passed with no further event.
 *
 * <p>The folder is watched, not its files, so a file renamed into place (a new file to the watcher)
 * is seen, and so are files created and deleted. Sub-folders are not watched. Changes during a
 * callback are not lost: they make the next burst. The callback runs on the watch's own daemon
 * thread, one at a time; a callback that throws is reported to the thread's uncaught exception
 * handler and the watch goes on.
 *
 * <p>On Linux and Windows the JDK hears of changes at once; on macOS it polls the folder, so a
 * change may take a few seconds to be seen.
 *
 * <pre>{@code
 * try (FolderWatch watch = FolderWatch.start(dir, Duration.ofMillis(200), FolderWatch.YAML, reload)) {
 *   ...
 * }
 * }</pre>
 */
public final class FolderWatch implements AutoCloseable {

  /** Files whose name ends with {@code .yaml} or {@code .yml}: flows, data, scenarios, missions. */
  public static final Predicate<Path> YAML =
      name -> name.toString().endsWith(".yaml") || name.toString().endsWith(".yml");

  private final WatchService service;
  private final Duration settle;
  private final Predicate<Path> relevant;
  private final Runnable onChange;
  private final Object callback = new Object();
  private final Thread thread;
  private volatile boolean closed;

  /** True once the folder is gone (or can no longer be watched): its last burst is reported. */
  private volatile boolean gone;

  private FolderWatch(
      Path folder,
      WatchService service,
      Duration settle,
      Predicate<Path> relevant,
      Runnable onChange) {
    this.service = service;
    this.settle = settle;
    this.relevant = relevant;
    this.onChange = onChange;
    this.thread = new Thread(this::watch, "folder-watch " + folder);
    thread.setDaemon(true);
  }

  /**
   * Watches the folder's files whose name {@code relevant} accepts (an editor's swap and backup
   * files can be left out); other files' events neither start nor prolong a burst.
   *
   * @param folder an existing folder
   * @param settle how long the folder must stay quiet before {@code onChange} is called
   * @param relevant tests a changed file's name (relative to the folder)
   * @param onChange called once per burst, on the watch's thread
   * @throws IOException when the folder cannot be watched (it does not exist, or is a file)
   */
  public static FolderWatch start(
      Path folder, Duration settle, Predicate<Path> relevant, Runnable onChange)
      throws IOException {
    Objects.requireNonNull(onChange, "onChange");
    if (!Files.isDirectory(folder)) {
      throw new IOException("not a folder: " + folder);
    }
    WatchService service = folder.getFileSystem().newWatchService();
    try {
      folder.register(
          service,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    FolderWatch watch = new FolderWatch(folder, service, settle, relevant, onChange);
    watch.thread.start();
    return watch;
  }

  /** True while the watch goes on: not closed, and the folder still there. */
  public boolean watching() {
    return !closed && !gone && thread.isAlive();
  }

  /**
   * Stops watching. No callback starts after this returns; one under way is waited for (unless this
   * is called from it).
   */
  @Override
  public void close() {
    closed = true;
    try {
      service.close();
    } catch (IOException e) {
      // Nothing more can be heard from it either way.
    }
    synchronized (callback) {
      // Waits for a callback under way; reentrant when called from the callback itself.
    }
  }

  private void watch() {
    try {
      while (!closed && !gone) {
        if (drain(service.take())) {
          awaitQuiet();
          call();
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // Closed: the watch is over.
    }
  }

  /** Waits until {@code settle} passes with no relevant event. */
  private void awaitQuiet() throws InterruptedException {
    long nanos = settle.toNanos();
    long quietSince = System.nanoTime();
    while (!gone) {
      long left = nanos - (System.nanoTime() - quietSince);
      if (left <= 0) {
        return;
      }
      WatchKey key = service.poll(left, TimeUnit.NANOSECONDS);
      if (key != null && drain(key)) {
        quietSince = System.nanoTime();
      }
    }
  }

  /** Takes the key's events; true when one concerns a relevant file (or events were lost). */
  private boolean drain(WatchKey key) {
    boolean any = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW
          || (event.context() instanceof Path name && relevant.test(name))) {
        any = true;
      }
    }
    if (!key.reset()) {
      gone = true;
    }
    return any;
  }

  private void call() {
    synchronized (callback) {
      if (closed) {
        return;
      }
      try {
        onChange.run();
      } catch (RuntimeException e) {
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      }
    }
  }
}
