package org.ivrpractice.flow;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Watches the files of one folder (not its sub-folders) and calls back once per burst of changes,
 * when the folder has been quiet for a moment: an editor that saves by writing a temporary file and
 * renaming it, or writes a file several times, causes one callback. The folder is watched rather
 * than each file, so a file renamed into place is seen.
 */
public final class FolderWatch implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());

  private final WatchService service;
  private final Thread thread;

  private FolderWatch(WatchService service, Thread thread) {
    this.service = service;
    this.thread = thread;
  }

  /**
   * Starts watching.
   *
   * @param settle how long the folder must be quiet after a change before {@code onChange} runs
   * @param onChange runs on the watch's own thread; what it throws is not the watch's end
   */
  public static FolderWatch start(Path folder, Duration settle, Runnable onChange)
      throws IOException {
    WatchService service = FileSystems.getDefault().newWatchService();
    folder.register(
        service,
        StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    Thread thread =
        new Thread(() -> watch(service, settle, onChange), "watch-" + folder.getFileName());
    thread.setDaemon(true);
    thread.start();
    return new FolderWatch(service, thread);
  }

  private static void watch(WatchService service, Duration settle, Runnable onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        drain(key);
        WatchKey more;
        while ((more = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        try {
          onChange.run();
        } catch (RuntimeException | Error e) {
          // the callback should report its own failures; the watch goes on either way
          LOG.log(System.Logger.Level.ERROR, "a change in the watched folder was not handled", e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the watch ends
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  /** Stops watching. */
  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing left to stop
    }
    thread.interrupt();
  }
}
