package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {

  private static final Duration SETTLE = Duration.ofMillis(150);

  /** Each callback's time, so that a test can count them and see when they came. */
  private final BlockingQueue<Long> calls = new LinkedBlockingQueue<>();

  private FolderWatch watch(Path dir) throws IOException {
    return FolderWatch.start(dir, SETTLE, FolderWatch.YAML, () -> calls.add(System.nanoTime()));
  }

  /** The next callback within a second, or null. */
  private Long nextCall() throws InterruptedException {
    return calls.poll(1, TimeUnit.SECONDS);
  }

  /** True when no callback comes in three times the settle time. */
  private boolean quiet() throws InterruptedException {
    return calls.poll(SETTLE.toMillis() * 3, TimeUnit.MILLISECONDS) == null;
  }

  @Test
  void aBurstOfSavesIsOneCallbackOnceTheFolderIsQuiet(@TempDir Path dir) throws Exception {
    try (FolderWatch watch = watch(dir)) {
      long started = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        Files.writeString(dir.resolve("hello.yaml"), "id: hello # save " + i + "\n");
        Thread.sleep(20);
      }
      long lastSave = System.nanoTime();

      Long call = nextCall();

      assertNotNull(call, "no callback within a second of the saves");
      assertTrue(call - lastSave >= SETTLE.toNanos() / 2, "called before the folder was quiet");
      assertTrue(call - started < TimeUnit.SECONDS.toNanos(1), "the callback came late");
      assertTrue(quiet(), "a burst must be one callback");
    }
  }

  @Test
  void aTemporaryFileRenamedIntoPlaceIsOneChange(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("hello.yaml"), "id: hello\n");
    try (FolderWatch watch = watch(dir)) {
      Path temp = Files.writeString(dir.resolve(".hello.yaml.tmp-1234"), "id: hello # edited\n");
      Files.move(temp, dir.resolve("hello.yaml"), StandardCopyOption.ATOMIC_MOVE);

      assertNotNull(nextCall(), "the rename into place was not seen");
      assertTrue(quiet(), "a burst must be one callback");
    }
  }

  @Test
  void twoBurstsApartAreTwoCallbacks(@TempDir Path dir) throws Exception {
    try (FolderWatch watch = watch(dir)) {
      Files.writeString(dir.resolve("hello.yaml"), "id: hello\n");
      assertNotNull(nextCall());
      Files.writeString(dir.resolve("hello.scenarios.yaml"), "flow: hello\n");
      assertNotNull(nextCall(), "the second burst was not reported");
      Files.delete(dir.resolve("hello.yaml"));
      assertNotNull(nextCall(), "a deleted file is a change too");
      assertTrue(quiet());
    }
  }

  @Test
  void filesTheFilterLeavesOutCallNothing(@TempDir Path dir) throws Exception {
    try (FolderWatch watch = watch(dir)) {
      Files.writeString(dir.resolve("notes.txt"), "not a flow");
      Files.writeString(dir.resolve(".hello.yaml.swp"), "an editor's swap file");

      assertNull(nextCall());
    }
  }

  @Test
  void noCallbackAfterClose(@TempDir Path dir) throws Exception {
    FolderWatch watch = watch(dir);
    assertTrue(watch.watching());
    watch.close();
    assertFalse(watch.watching());

    Files.writeString(dir.resolve("hello.yaml"), "id: hello\n");

    assertNull(nextCall());
  }

  @Test
  void aFolderThatIsNotThereCannotBeWatched(@TempDir Path dir) {
    IOException e =
        assertThrows(
            IOException.class,
            () -> FolderWatch.start(dir.resolve("nowhere"), SETTLE, FolderWatch.YAML, () -> {}));
    assertEquals("not a folder: " + dir.resolve("nowhere"), e.getMessage());
  }
}
