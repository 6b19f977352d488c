package org.ivrpractice.channels.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The phone page as a person uses it: by mouse, or by keyboard alone. */
final class PhonePage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  PhonePage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  PhonePage open(String url) {
    driver.get(url);
    wait.until(d -> "false".equals(main().getAttribute("aria-busy")));
    return this;
  }

  WebElement main() {
    return driver.findElement(By.id("main"));
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  /** Waits until no request is in flight and the page has shown its answer. */
  PhonePage idle() {
    wait.until(d -> "false".equals(main().getAttribute("aria-busy")));
    return this;
  }

  PhonePage clickCall() {
    byId("call").click();
    return waitForState("menu");
  }

  PhonePage click(String keys) {
    for (char key : keys.toCharArray()) {
      idle();
      driver.findElement(By.cssSelector(".key[data-key='" + key + "']")).click();
    }
    return idle();
  }

  /** Types keys on the physical keyboard, wherever the focus is (not in a text box). */
  PhonePage type(String keys) {
    for (char key : keys.toCharArray()) {
      idle();
      new Actions(driver).sendKeys(String.valueOf(key)).perform();
    }
    return idle();
  }

  /** Moves the focus with Tab until it reaches the element with this id (as a keyboard user). */
  PhonePage tabTo(String id) {
    for (int i = 0; i < 60; i++) {
      Object active =
          ((JavascriptExecutor) driver)
              .executeScript("return document.activeElement && document.activeElement.id;");
      if (id.equals(active)) {
        return this;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  PhonePage enter() {
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    return this;
  }

  PhonePage waitForState(String state) {
    wait.until(
        d ->
            state.equals(byId("state").getAttribute("data-state"))
                && "false".equals(main().getAttribute("aria-busy")));
    return this;
  }

  String state() {
    return byId("state").getAttribute("data-state");
  }

  String prompt() {
    return byId("prompt").getText();
  }

  String entry() {
    return byId("entry").getText();
  }

  List<String> transcript() {
    return driver.findElements(By.cssSelector("#transcript li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  String transcriptText() {
    return byId("transcript").getText();
  }

  WebElement score() {
    wait.until(d -> byId("score").isDisplayed());
    return byId("score");
  }

  String scoreValue(String label) {
    return score().findElement(By.cssSelector("dd[data-score='" + label + "']")).getText();
  }

  WebElement review() {
    wait.until(
        d ->
            byId("review").isDisplayed()
                && !d.findElements(By.cssSelector("#diagram svg .node")).isEmpty());
    return byId("review");
  }

  List<String> diagramNodes(String cssClass) {
    return driver.findElements(By.cssSelector("#diagram svg .node." + cssClass)).stream()
        .map(e -> e.getAttribute("data-node"))
        .toList();
  }

  /** The one call button: Call, Hang up during a call, Call again after. */
  WebElement callButton() {
    return byId("call");
  }

  /** Hangs up with the call button, and waits for the call to have ended. */
  PhonePage hangUp() {
    idle();
    if (!"Hang up".equals(callButton().getText())) {
      throw new AssertionError("the call button says " + callButton().getText());
    }
    callButton().click();
    return waitForState("ended");
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** True when the whole element is on the screen, without scrolling. */
  boolean onScreen(WebElement element) {
    return Boolean.TRUE.equals(
        js(
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.top >= 0 && r.left >= 0"
                + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
            element));
  }

  String missionStatus() {
    return byId("mission-status").isDisplayed() ? byId("mission-status").getText() : "";
  }

  String problem() {
    wait.until(d -> byId("problem").isDisplayed());
    return byId("problem-text").getText();
  }
}
