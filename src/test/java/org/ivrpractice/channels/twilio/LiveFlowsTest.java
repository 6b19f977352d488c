package org.ivrpractice.channels.twilio;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import org.ivrpractice.channels.web.BrowserApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live flows: the server watches its folder. A valid edit is heard by new calls within 2 s while a
 * call in progress finishes on the revision it started on (its old prompt and options); a broken
 * edit is refused, listed with its line on the API and the pages, and the last good revision keeps
 * answering.
 */
@QuarkusTest
@TestProfile(LiveFlowsProfile.class)
class LiveFlowsTest {

  private static final Path FILE = LiveFlowsProfile.FOLDER.resolve("card-services.yaml");
  private static final String OLD_INTRO = "Main menu. You can press 0 for an agent at any time.";
  private static final String NEW_INTRO = "Main menu, new and shorter. Press 0 for an agent.";

  @TestHTTPResource("/")
  URI server;

  private String original;
  private String originalRevision;

  @BeforeEach
  void rememberTheFile() throws IOException {
    original = Files.readString(FILE, StandardCharsets.UTF_8);
    originalRevision = revision();
  }

  @AfterEach
  void putTheFileBack() throws IOException {
    if (!Files.readString(FILE, StandardCharsets.UTF_8).equals(original)) {
      save(original);
    }
    waitFor(
        flow ->
            flow.getList("problems").isEmpty()
                && originalRevision.equals(flow.getString("revision")));
  }

  @Test
  void aCallInProgressFinishesOnItsRevisionWhileNewCallsHearTheEdit() throws IOException {
    String before = revision();
    TwilioCallClient onThePhone = caller();
    onThePhone.call(TwilioRoutes.voice("card-services"));
    String inTheBrowser = BrowserApi.start("{\"flow\": \"card-services\"}");

    save(edited());
    long tookMillis = waitFor(flow -> !before.equals(flow.getString("revision")));

    assertTrue(tookMillis < 2_000, "live within 2 s, took " + tookMillis + " ms");
    List<String> heard = onThePhone.press("1").heard();
    contains(heard, OLD_INTRO);
    contains(heard, "For more options, press 6.");
    contains(onThePhone.press("6").heard(), "For help with your online account, press 1.");
    contains(BrowserApi.press(inTheBrowser, "1"), "For more options, press 6.");
    contains(BrowserApi.press(inTheBrowser, "6"), "For help with your online account, press 1.");
    onThePhone.hangUp();
    given()
        .delete("/api/calls/" + inTheBrowser)
        .then()
        .statusCode(200)
        .body("state", org.hamcrest.Matchers.equalTo("ended"));
    List<String> transcript =
        given()
            .get("/api/calls/" + inTheBrowser)
            .then()
            .statusCode(200)
            .extract()
            .path("transcript.text");
    assertTrue(
        transcript.stream().anyMatch(t -> t.contains(OLD_INTRO)),
        "the last call on the old revision ended and still shows its transcript: " + transcript);

    TwilioCallClient later = caller();
    later.call(TwilioRoutes.voice("card-services"));
    List<String> now = later.press("1").heard();
    contains(now, NEW_INTRO);
    contains(now, "For more options, press 7.");
    contains(later.press("7").heard(), "For help with your online account, press 1.");
    String laterInTheBrowser = BrowserApi.start("{\"flow\": \"card-services\"}");
    contains(BrowserApi.press(laterInTheBrowser, "1"), NEW_INTRO);
  }

  @Test
  void aBrokenEditIsRefusedWithItsLineAndTheLastGoodRevisionKeepsAnswering() throws IOException {
    String good = revision();
    int line = lineOf(original, "goto: fraud-alert");

    save(original.replace("goto: fraud-alert", "goto: fraud-alerts"));
    waitFor(flow -> !flow.getList("problems").isEmpty());

    JsonPath flow = api();
    assertEquals(good, flow.getString("revision"), "the last good revision keeps answering");
    assertEquals(1, flow.getList("problems").size(), flow.prettify());
    assertEquals("card-services.yaml", flow.getString("problems[0].file"));
    assertEquals(line, flow.getInt("problems[0].line"));
    assertTrue(flow.getInt("problems[0].column") > 0);
    assertEquals("main-menu", flow.getString("problems[0].node"));
    assertTrue(flow.getString("problems[0].message").contains("fraud-alerts"), flow.prettify());
    assertTrue(flow.getString("problems[0].fix").contains("fraud-alert"), flow.prettify());

    TwilioCallClient caller = caller();
    caller.call(TwilioRoutes.voice("card-services"));
    contains(caller.press("1").heard(), OLD_INTRO);
    String home = given().get("/").then().statusCode(200).extract().asString();
    assertTrue(home.contains("Some edits of the flows were refused"), home);
    assertTrue(home.contains("card-services.yaml:" + line + ":"), home);
    String page = given().get("/flows/card-services").then().statusCode(200).extract().asString();
    assertTrue(page.contains("The last edit was refused"), page);
    assertTrue(page.contains("fraud-alerts"), page);

    save(original);
    waitFor(f -> f.getList("problems").isEmpty());
    assertEquals(good, revision(), "the same sources are the same revision");
    assertTrue(!given().get("/").then().extract().asString().contains("were refused"));
  }

  /** The main menu's intro reworded, and "more options" moved from key 6 to key 7. */
  private String edited() {
    String text =
        original.replace(OLD_INTRO, NEW_INTRO).replace("      - digit: 6\n", "      - digit: 7\n");
    assertNotEquals(original, text);
    return text;
  }

  private TwilioCallClient caller() {
    String base = Webhook.base(server);
    return new TwilioCallClient(base, base, TwilioSigner.TEST_TOKEN);
  }

  /** Saves the way editors do: a temporary file, renamed over the old one. */
  private static void save(String text) throws IOException {
    Path temporary = FILE.resolveSibling(".card-services.yaml.swp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(
        temporary, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static JsonPath api() {
    return given().get("/api/flows/card-services").then().statusCode(200).extract().jsonPath();
  }

  private static String revision() {
    return api().getString("revision");
  }

  /** Polls the API until the line is as expected; how long it took. */
  private static long waitFor(Predicate<JsonPath> expected) {
    long start = System.nanoTime();
    while (!expected.test(api())) {
      if (System.nanoTime() - start > 10_000_000_000L) {
        throw new AssertionError("the server did not reload in 10 s: " + api().prettify());
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static int lineOf(String text, String part) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError(part + " not in the file");
  }

  private static void contains(List<String> heard, String expected) {
    assertTrue(
        heard.stream().anyMatch(s -> s.contains(expected)), () -> expected + " not in " + heard);
  }
}
