package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving from the editor, on a copy of the bundled flows with {@code ivr.editor.save=true}. */
@QuarkusTest
@TestProfile(EditorSavingProfile.class)
class EditorSaveTest {

  private static final String PROBLEM = "application/problem+json";

  @BeforeEach
  void freshCopy() {
    EditorSavingProfile.reset();
  }

  private static Path hello() {
    return EditorSavingProfile.folder().resolve("hello.yaml");
  }

  private static String base() {
    return given()
        .get("/api/flows/hello/source")
        .then()
        .statusCode(200)
        .body("saving", equalTo(true))
        .extract()
        .path("hash");
  }

  private static ValidatableResponse put(String yaml, String base) {
    return operator()
        .contentType(ContentType.JSON)
        .body(EditorApiTest.json(Map.of("yaml", yaml, "base", base)))
        .put("/api/flows/hello/source")
        .then();
  }

  @Test
  void aSaveWritesTheDraftAndAnswersItsHash() throws IOException, InterruptedException {
    String base = base();
    String draft = Files.readString(hello()).replace("from nine to five", "from eight to six");
    String hash =
        put(draft, base).statusCode(200).body("file", equalTo("hello.yaml")).extract().path("hash");

    assertEquals(draft, Files.readString(hello()), "the file holds the draft");
    assertEquals(FlowFiles.sha256(draft.getBytes(StandardCharsets.UTF_8)), hash);
    assertEquals(hash, base(), "the source now has the new hash");
    try (Stream<Path> files = Files.list(EditorSavingProfile.folder())) {
      List<String> left =
          files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
      assertEquals(List.of(), left, "no temporary file is left in the folder");
    }
    assertTrue(
        newCallsHearWithin(Duration.ofSeconds(2), "from eight to six"),
        "the saved flow is live for new calls within 2 s (the server watches its folder)");
  }

  /** Whether a new call that presses 1 hears {@code text} before {@code limit} has passed. */
  private static boolean newCallsHearWithin(Duration limit, String text)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    do {
      String call = BrowserApi.start("{\"flow\": \"hello\"}");
      String heard = BrowserApi.send(call, "{\"digits\": \"1\"}").extract().path("prompts[0].text");
      if (heard.contains(text)) {
        return true;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < end);
    return false;
  }

  @Test
  void aFileChangedOnDiskSinceItWasOpenedIsNotOverwritten() throws IOException {
    String base = base();
    String theirs = Files.readString(hello()).replace("Goodbye.", "See you.");
    Files.writeString(hello(), theirs);
    String mine = theirs.replace("See you.", "Bye.");

    put(mine, base)
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("The file changed on disk since you opened it; reload it"));
    assertEquals(theirs, Files.readString(hello()), "the other change is kept");
  }

  @Test
  void aDraftWithAnErrorIsNotSaved() throws IOException {
    String before = Files.readString(hello());
    put(before.replace("goto: joke }", "goto: jokes }"), base())
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("1 error"))
        .body("problems.message", hasItem(containsString("unknown node [jokes]")));
    assertEquals(before, Files.readString(hello()), "the file is as it was");
  }

  @Test
  void aDraftWithOnlyWarningsIsSaved() throws IOException {
    String draft =
        Files.readString(hello())
            .replace(
                "      - { digit: 2, label: a joke, say: [joke], goto: joke }\n",
                "      - { digit: 2, label: a joke, say: [joke], goto: joke }\n"
                    + "      - { digit: 3, label: hours again, say: [time], goto: hours }\n"
                    + "      - { digit: 4, label: a joke again, say: [laugh], goto: joke }\n"
                    + "      - { digit: 5, label: the hours once more, say: [when], goto: hours }\n"
                    + "      - { digit: 6, label: one more joke, say: [funny], goto: joke }\n");
    given()
        .contentType(ContentType.JSON)
        .body(EditorApiTest.json(Map.of("flow", "hello", "yaml", draft)))
        .post("/api/flows/check")
        .then()
        .statusCode(200)
        .body("problems.severity", hasItem("warning"));
    put(draft, base()).statusCode(200);
    assertEquals(draft, Files.readString(hello()));
  }

  /** A request signed in as the profile's operator. */
  private static io.restassured.specification.RequestSpecification operator() {
    return given()
        .auth()
        .preemptive()
        .basic(EditorSavingProfile.OPERATOR, EditorSavingProfile.PASSWORD);
  }

  @Test
  void aSaveWithoutASignedInOperatorIsA401() throws IOException {
    given()
        .contentType(ContentType.JSON)
        .body(EditorApiTest.json(Map.of("yaml", Files.readString(hello()), "base", base())))
        .put("/api/flows/hello/source")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
  }

  @Test
  void aSaveWithoutTheBaseHashIsRefused() throws IOException {
    operator()
        .contentType(ContentType.JSON)
        .body(EditorApiTest.json(Map.of("yaml", Files.readString(hello()))))
        .put("/api/flows/hello/source")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("\"base\""));
  }
}
