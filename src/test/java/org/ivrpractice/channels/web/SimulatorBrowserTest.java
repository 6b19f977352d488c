package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.ivrpractice.practice.MissionProgress;
import org.ivrpractice.session.SessionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser simulator in real headless Chromium: missions completed by mouse and by keyboard
 * alone, the masked transcript, the score card at the end of the call, the review diagram, keys
 * pressed faster than the line answers, and the ways a call can go wrong (an expired call, no
 * speech synthesis) each giving a way to start again.
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class SimulatorBrowserTest {

  private static final String CARD = "378282246310005";

  @TestHTTPResource("/")
  URL base;

  @Inject SessionStore store;

  private ChromeDriver driver;
  private PhonePage phone;

  @BeforeEach
  void openBrowser() {
    driver = HeadlessChromium.driver();
    phone = new PhonePage(driver);
  }

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  @Test
  void reportAStolenCardByClicking() {
    phone.open(url("/simulator/card-services?mission=report-stolen")).clickCall();
    assertTrue(phone.prompt().contains("For English, press 1"), phone.prompt());
    phone.click("1").waitForState("menu");
    phone.click("9").waitForState("menu"); // no such option: a wrong turn and a re-prompt
    phone.click("1").waitForState("digits");
    phone.click(CARD.substring(0, 6));
    assertTrue(phone.entry().startsWith("••••••"), phone.entry());
    assertTrue(phone.entry().contains("6 of 15"), phone.entry());
    assertFalse(phone.entry().contains("378282"), "typed card digits are masked as typed");
    phone.click(CARD.substring(6) + "#").waitForState("menu");
    assertTrue(phone.prompt().contains("replacement card"), phone.prompt());
    phone.click("1");

    // The goal is reached mid-call: the score waits for the end of the call.
    assertTrue(phone.prompt().contains("reference number"), phone.prompt());
    assertEquals(MissionProgress.HANG_UP_FOR_SCORE, phone.missionStatus());
    assertFalse(phone.byId("score").isDisplayed(), "no score before the call ends");
    assertTrue(phone.byId("hint").getAttribute("disabled") != null, "no hint once done");
    phone.hangUp();
    assertTrue(phone.byId("status").getText().contains("You hung up"));

    assertEquals("true", phone.score().getAttribute("data-reached"));
    assertEquals("20", phone.scoreValue("Key presses"));
    assertEquals("1", phone.scoreValue("Wrong turns"));
    assertEquals("1", phone.scoreValue("Re-prompts heard"));
    assertTrue(phone.byId("score-route").getText().contains("press 1"));
    assertFalse(phone.byId("score-tips").getText().isBlank());

    String transcript = phone.transcriptText();
    assertTrue(transcript.contains("entered •••••••••••0005#"), transcript);
    assertFalse(transcript.contains(CARD), "the transcript never shows the card number");
    assertTrue(transcript.contains("Mission complete"), transcript);

    phone.review();
    List<String> visited = phone.diagramNodes("visited");
    assertTrue(visited.contains("lost-card/read-ref"), visited.toString());
    assertTrue(visited.contains("verify-card/card-number"), visited.toString());
    assertTrue(phone.diagramNodes("quickest").contains("lost-card/delivery-menu"));
    HeadlessChromium.screenshot("report-stolen-complete");
    HeadlessChromium.diagram("report-stolen-review");
    driver.findElement(By.cssSelector("button[aria-label='Zoom in']")).click();
    assertFalse(phone.byId("diagram").getAttribute("class").contains("fit"), "zoomed in");
    phone.byId("zoom").click();
    assertTrue(phone.byId("diagram").getAttribute("class").contains("fit"));
    assertEquals("Call again", phone.callButton().getText());
  }

  @Test
  void checkPointsByKeyboardAlone() {
    phone.open(url("/simulator/card-services?mission=check-points"));
    phone.tabTo("call").enter().waitForState("menu");
    phone.type("1").waitForState("menu");
    phone.tabTo("hint").enter().idle();
    assertTrue(
        phone.byId("hint-text").getText().contains("press 4"), phone.byId("hint-text").getText());
    phone.type("4").waitForState("digits");
    phone.type(CARD + "#").waitForState("menu");
    assertTrue(phone.prompt().contains("12480 reward points"), phone.prompt());
    assertEquals(MissionProgress.HANG_UP_FOR_SCORE, phone.missionStatus());

    phone.tabTo("say").type("that's all").enter().waitForState("ended");
    assertTrue(phone.byId("status").getText().contains("self-served"));
    assertEquals("true", phone.score().getAttribute("data-reached"));
    assertEquals("1", phone.scoreValue("Hints used"));
    assertEquals("0", phone.scoreValue("Wrong turns"));
    assertEquals("18", phone.scoreValue("Key presses"));
    assertEquals("0", phone.scoreValue("Spoken inputs"), "words after the goal do not count");
    assertTrue(phone.transcriptText().contains("Hint: press 4"));
    assertFalse(phone.transcriptText().contains(CARD));
    phone.review();
    assertTrue(phone.diagramNodes("visited").contains("card-services/rewards-balance"));
    HeadlessChromium.screenshot("check-points-keyboard");
  }

  @Test
  void reachAPersonBySayingAgentShowsTheHold() {
    phone.open(url("/simulator/card-services?mission=reach-a-person")).clickCall();
    phone.byId("say").sendKeys("representative");
    phone.byId("say-button").click();
    phone.waitForState("on-hold");
    assertTrue(phone.byId("hold").isDisplayed());
    assertTrue(phone.byId("hold-queue").getText().contains("Customer care"));
    assertFalse(phone.byId("hold-position").getText().isBlank());
    assertEquals(MissionProgress.HANG_UP_FOR_SCORE, phone.missionStatus());
    HeadlessChromium.screenshot("reach-a-person-hold");
    phone.hangUp();
    assertEquals("1", phone.scoreValue("Spoken inputs"));
    assertEquals("true", phone.score().getAttribute("data-reached"));
    phone.review();
    HeadlessChromium.diagram("reach-a-person-review");
  }

  @Test
  void anExpiredCallSaysSoAndOffersANewOne() {
    phone.open(url("/simulator/hello")).clickCall();
    String id =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript("return window.IvrPhone.state().call.callId;");
    store.remove(id).toCompletableFuture().join(); // as after a server restart or the time-to-live
    phone.click("1");
    assertEquals("This call has ended or expired. Start a new call.", phone.problem());
    HeadlessChromium.screenshot("expired-call");
    phone.byId("restart").click();
    phone.waitForState("menu");
    assertFalse(phone.byId("problem").isDisplayed());
    phone.click("1").waitForState("ended");
    assertTrue(phone.prompt().contains("nine to five"));
  }

  @Test
  void keysPressedFasterThanTheLineAnswersAreAllTakenInOrder() {
    phone.open(url("/simulator/card-services")).clickCall();
    // 1 (English), 1 (lost card), then the card number and # at once: a phone sends every key.
    phone.js(
        "var keys = '11' + arguments[0] + '#';"
            + " for (var i = 0; i < keys.length; i++) {"
            + " document.querySelector('.key[data-key=\"' + keys[i] + '\"]').click(); }",
        CARD);
    phone.idle().waitForState("menu");
    List<String> lines = phone.transcript();
    long presses = lines.stream().filter(l -> l.contains("pressed 1")).count();
    assertEquals(2, presses, lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("entered •••••••••••0005#")), lines.toString());
    assertTrue(phone.prompt().contains("replacement card"), phone.prompt());
  }

  @Test
  void thePhoneWorksWithoutSpeechSynthesis() {
    Map<String, Object> script =
        driver.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"));
    try {
      phone.open(url("/simulator/hello")).clickCall();
      assertTrue(phone.byId("voice-note").getText().contains("cannot speak"));
      assertFalse(phone.byId("speak").isEnabled());
      phone.click("2").waitForState("ended");
      assertTrue(phone.prompt().contains("glasses"), phone.prompt());
    } finally {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument",
          Map.of("identifier", script.get("identifier")));
    }
  }

  @Test
  void theHomePageLeadsToAMissionAndAnUnknownLineLeadsBack() {
    driver.get(url("/"));
    HeadlessChromium.screenshot("index");
    driver.findElement(By.cssSelector("a[data-mission='opening-hours']")).click();
    phone.idle();
    assertTrue(driver.findElement(By.id("briefing-title")).getText().contains("opening hours"));
    driver.get(url("/simulator/nope"));
    assertTrue(driver.getPageSource().contains("There is no phone line"));
    driver.findElement(By.linkText("Hello line")).click();
    phone.idle().clickCall();
    HeadlessChromium.screenshot("hello-free-practice");
  }
}
