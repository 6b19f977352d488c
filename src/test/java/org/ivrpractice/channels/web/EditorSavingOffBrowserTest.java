package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The flow editor on a server that does not save (the default): the largest line is checked and
 * drawn with its sub-flows, and Save is off with the reason beside it.
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class EditorSavingOffBrowserTest {

  @TestHTTPResource("/flows/card-services/edit")
  URL cardServices;

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  @Test
  void theLineIsCheckedAndDrawnAndSaveSaysItIsOff() {
    ChromeDriver driver = HeadlessChromium.driver();
    EditorScreen editor = new EditorScreen(driver).open(cardServices.toString()).waitForProblems(0);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#diagram[data-drawn='true'] svg")));

    assertFalse(
        driver
            .findElements(By.cssSelector("#diagram svg .group-title[data-flow='lost-card']"))
            .isEmpty(),
        "the sub-flows are drawn as groups");
    assertFalse(editor.byId("save").isEnabled(), "Save is off");
    String why = editor.byId("save-note").getText();
    assertTrue(why.contains("Saving is off on this server (ivr.editor.save=false)"), why);
    assertTrue(editor.byId("try-draft").isEnabled());
    assertTrue(editor.byId("run-scenarios").isEnabled());
    HeadlessChromium.saveScreen("editor-card-services");
    HeadlessChromium.saveScreen(editor.byId("diagram"), "editor-card-services-diagram");
  }
}
