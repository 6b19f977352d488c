package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ivrpractice.session.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live flows across instances: two packaged servers on one Redis, each on its own copy of the flows
 * folder, as during a rolling change where one instance has reloaded an edit and the other not yet.
 * A call keeps the revision it started on whichever instance answers its requests, because the
 * sources of a revision in use are kept in Redis by revision id.
 */
class LiveFlowsTwoInstancesIT {

  private static final String PUBLIC_URL = TwoInstancesIT.PUBLIC_URL;
  private static final String OLD_INTRO = "Main menu. You can press 0 for an agent at any time.";
  private static final String NEW_INTRO = "Main menu, new and shorter. Press 0 for an agent.";

  @TempDir static Path folders;
  private static RedisServer redis;
  private static AppInstance reloaded;
  private static AppInstance notYet;
  private static Path reloadedFolder;

  @BeforeAll
  static void startRedisAndTwoInstancesOnTheirOwnFolders() {
    redis = RedisServer.start();
    reloadedFolder = copyOfTheBundledFlows("a");
    reloaded = AppInstance.start("live-a", settingsOf(reloadedFolder));
    notYet = AppInstance.start("live-b", settingsOf(copyOfTheBundledFlows("b")));
  }

  @AfterAll
  static void stopAll() {
    for (AutoCloseable running : new AutoCloseable[] {reloaded, notYet, redis}) {
      try {
        if (running != null) {
          running.close();
        }
      } catch (Exception e) {
        // stopping the rest matters more
      }
    }
  }

  @Test
  void aCallKeepsItsRevisionWhicheverInstanceAnswersIt() throws Exception {
    TwilioCallClient startedBefore = phone(reloaded);
    startedBefore.call(TwilioRoutes.voice("card-services"));
    String old = revision(reloaded);

    edit(reloadedFolder);
    waitForRevisionOtherThan(reloaded, old);
    assertTrue(revision(notYet).equals(old), "the other instance has not reloaded");

    // Started on the old revision on A, continued on A (which has reloaded): the old menu.
    List<String> heard = startedBefore.press("1").heard();
    contains(heard, OLD_INTRO);
    contains(heard, "For more options, press 6.");

    // A call started on A's new revision, continued through B (which has not reloaded): B finds
    // the new revision in Redis.
    AtomicReference<String> to = new AtomicReference<>(reloaded.base());
    TwilioCallClient startedAfter = new TwilioCallClient(to::get, PUBLIC_URL, token());
    startedAfter.call(TwilioRoutes.voice("card-services"));
    to.set(notYet.base());
    List<String> onB = startedAfter.press("1").heard();
    contains(onB, NEW_INTRO);
    contains(onB, "For more options, press 7.");
    contains(startedAfter.press("7").heard(), "For help with your online account, press 1.");

    // A call started on B's old revision, continued through A: A keeps it to its end.
    AtomicReference<String> next = new AtomicReference<>(notYet.base());
    TwilioCallClient fromB = new TwilioCallClient(next::get, PUBLIC_URL, token());
    fromB.call(TwilioRoutes.voice("card-services"));
    next.set(reloaded.base());
    List<String> onA = fromB.press("1").heard();
    contains(onA, OLD_INTRO);
    contains(fromB.press("6").heard(), "For help with your online account, press 1.");
    assertFalse(String.join(" ", onA).contains("lost track"), onA::toString);
  }

  private static TwilioCallClient phone(AppInstance app) {
    return new TwilioCallClient(app::base, PUBLIC_URL, token());
  }

  private static String token() {
    return TwilioSigner.TEST_TOKEN;
  }

  /** The main menu's intro reworded and "more options" moved from 6 to 7, saved by renaming. */
  private static void edit(Path folder) throws IOException {
    Path file = folder.resolve("card-services.yaml");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String edited =
        text.replace(OLD_INTRO, NEW_INTRO).replace("      - digit: 6\n", "      - digit: 7\n");
    assertNotEquals(text, edited);
    Path temporary = folder.resolve(".card-services.yaml.tmp");
    Files.writeString(temporary, edited, StandardCharsets.UTF_8);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String revision(AppInstance app) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.base() + "/api/flows/card-services")).build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"revision\":\"([^\"]+)\"").matcher(answer.body());
    assertTrue(m.find(), answer.body());
    return m.group(1);
  }

  private static void waitForRevisionOtherThan(AppInstance app, String old) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (revision(app).equals(old)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no reload in 10 s:\n" + app.log());
      }
      Thread.sleep(50);
    }
  }

  private static Path copyOfTheBundledFlows(String name) {
    return BundledFlowsCopy.into(folders.resolve(name));
  }

  private static Map<String, String> settingsOf(Path folder) {
    return TwoInstancesIT.settingsOn(redis, Map.of("ivr.flows.dir", folder.toString()));
  }

  private static void contains(List<String> heard, String expected) {
    assertTrue(
        heard.stream().anyMatch(s -> s.contains(expected)), () -> expected + " not in " + heard);
  }
}
