package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The flow editor in real headless Chromium, on a copy of the bundled flows with saving on: a
 * mistake typed is underlined at its place and listed, and goes when it is fixed; the draft is
 * tried in the simulator, its scenarios run, and it is saved, or refused when the file changed.
 */
@QuarkusTest
@TestProfile(EditorSavingProfile.class)
@ExtendWith(HeadlessChromium.class)
class EditorBrowserTest {

  @TestHTTPResource("/flows/hello/edit")
  URL hello;

  private ChromeDriver driver;
  private EditorScreen editor;

  @BeforeEach
  void open() {
    EditorSavingProfile.reset();
    driver = HeadlessChromium.driver();
    signInAsTheOperator(driver);
    editor = new EditorScreen(driver).open(hello.toString());
    editor.waitForProblems(0);
  }

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  /**
   * The browser sends the operator's credentials, as it does once a person has signed in at its
   * prompt (saving answers 401 with {@code WWW-Authenticate: Basic} until then).
   */
  private static void signInAsTheOperator(ChromeDriver driver) {
    String credentials =
        java.util.Base64.getEncoder()
            .encodeToString(
                (EditorSavingProfile.OPERATOR + ":" + EditorSavingProfile.PASSWORD)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    driver.executeCdpCommand("Network.enable", java.util.Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        java.util.Map.of("headers", java.util.Map.of("Authorization", "Basic " + credentials)));
  }

  private static Path helloFile() {
    return EditorSavingProfile.folder().resolve("hello.yaml");
  }

  @Test
  void aMistakeIsUnderlinedAndListedThenTheDraftIsTriedTestedAndSaved() throws IOException {
    editor.cursorAfter("goto: joke").type("s").waitForProblems(1);
    assertEquals(List.of("21:goto: jokes"), editor.underlined("error"));
    WebElement problem = editor.problems().get(0);
    assertTrue(problem.getText().contains("21:49"), problem.getText());
    assertTrue(problem.getText().contains("unknown node [jokes]"), problem.getText());
    assertTrue(problem.getText().contains("did you mean 'joke'?"), problem.getText());
    HeadlessChromium.saveScreen("editor-mistake");

    problem.findElement(By.cssSelector("button.at")).click();
    assertEquals(21, editor.cursorLine(), "the listed problem leads to its line");
    editor.type(Keys.ARROW_RIGHT).backspace().waitForProblems(0);
    assertEquals(List.of(), editor.underlined("error"));

    editor.cursorAfter("Welcome").type(" back").waitForProblems(0);
    tryTheDraft();

    editor.click("run-scenarios").waitForText("scenario-summary", "13 passed, 0 failed");
    assertEquals(13, driver.findElements(By.cssSelector("#scenario-results li.pass")).size());

    String draft = editor.text();
    assertTrue(draft.contains("Welcome back to the hello practice line"), draft);
    editor.click("save").waitForText("status", "Saved — live for new calls within 2 s");
    assertEquals(draft, Files.readString(helloFile()), "the file holds the draft");
    HeadlessChromium.saveScreen("editor-hello");
  }

  /**
   * Opens the simulator on the draft from "Try this draft", in a new tab, calls it and hears the
   * draft's welcome, and comes back.
   */
  private void tryTheDraft() {
    String editorTab = driver.getWindowHandle();
    editor.click("try-draft");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(d -> d.getWindowHandles().size() == 2);
    Set<String> tabs = driver.getWindowHandles();
    tabs.remove(editorTab);
    driver.switchTo().window(tabs.iterator().next());
    wait.until(d -> d.getCurrentUrl().contains("/simulator/hello?revision="));
    PhonePage phone = new PhonePage(driver).idle().clickCall();
    assertTrue(
        phone.prompt().contains("Welcome back to the hello practice line"),
        "the phone calls the draft: " + phone.prompt());
    assertTrue(driver.findElement(By.id("draft-note")).getText().contains("unsaved draft"));
    driver.close();
    driver.switchTo().window(editorTab);
    editor.waitForText("status", "The phone is calling this draft");
  }

  @Test
  void aFileChangedOnDiskIsNotOverwrittenAndCanBeLoadedAgain() throws IOException {
    String theirs = Files.readString(helloFile()).replace("Goodbye.", "See you.");
    Files.writeString(helloFile(), theirs);
    editor.cursorAfter("Welcome").type(" back").waitForProblems(0);

    editor.click("save").waitForText("alert", "The file changed on disk since you opened it");
    assertEquals(theirs, Files.readString(helloFile()), "their change is kept");

    editor.click("reload").waitForText("status", "loaded again");
    assertEquals(theirs, editor.text());
    assertTrue(driver.findElement(By.id("alert")).getAttribute("hidden") != null);
  }
}
