package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.practice.MissionProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser phone behaves like a phone, in real headless Chromium: no key is lost, one button
 * calls and hangs up (on hold too), a key or words stop the prompt being spoken, each key sounds
 * its tone pair, the microphone's words are shown then sent, a mission is scored when the call
 * ends, and at a phone's width the keypad and Hang up fit the screen. The browser's voice, audio
 * and recogniser are fakes ({@link BrowserFakes}) where a test needs to see what the page asks of
 * them.
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class PhoneBrowserTest {

  private static final String CARD = "378282246310005";

  @TestHTTPResource("/")
  URL base;

  private ChromeDriver driver;
  private PhonePage phone;
  private WebDriverWait wait;
  private final List<Object> fakes = new ArrayList<>();

  @BeforeEach
  void openBrowser() {
    driver = HeadlessChromium.driver();
    phone = new PhonePage(driver);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterEach
  void removeFakes() {
    fakes.forEach(HeadlessChromium::notBeforePages);
    fakes.clear();
    HeadlessChromium.stopEmulating();
  }

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private void fake(String script) {
    fakes.add(HeadlessChromium.beforePages(script));
  }

  @Test
  void aKeyPressedTheInstantTheFirstPromptAppearsIsTaken() {
    phone.open(url("/simulator/card-services"));
    phone.js(
        "var prompt = document.getElementById('prompt');"
            + " new MutationObserver(function (changes, observer) {"
            + "   if (prompt.textContent) { observer.disconnect();"
            + "     document.querySelector('.key[data-key=\"1\"]').click(); }"
            + " }).observe(prompt, { childList: true, characterData: true, subtree: true });");
    phone.callButton().click();
    wait.until(d -> phone.prompt().contains("Main menu"));
    phone.idle();
    assertTrue(phone.transcriptText().contains("pressed 1"), phone.transcriptText());
    assertFalse(phone.byId("status").getText().contains("Wait"), phone.byId("status").getText());
  }

  @Test
  void keysPressedInABurstFetchTheTranscriptOnceAllAreAnswered() {
    phone.open(url("/simulator/card-services"));
    phone.callButton().click();
    wait.until(d -> phone.prompt().contains("For English"));
    phone.idle();
    phone.js(
        "window.reports = 0; window.inputs = 0; var real = window.fetch;"
            + " window.fetch = function (url, options) {"
            + "   var method = (options && options.method) || 'GET';"
            + "   if (/\\/input$/.test(url)) { window.inputs++; }"
            + "   else if (method === 'GET' && /\\/api\\/calls\\/[^/]+$/.test(url)) {"
            + "     window.reports++; }"
            + "   return real.apply(this, arguments); };"
            + " var key = document.querySelector('.key[data-key=\"1\"]');"
            + " key.click(); key.click();"); // English, then a lost or stolen card
    phone.idle();
    assertEquals(2L, phone.js("return window.inputs;"), "two keys, two inputs");
    assertEquals(1L, phone.js("return window.reports;"), "one transcript, once all are answered");
    assertTrue(phone.transcriptText().contains("pressed 1"), phone.transcriptText());
  }

  @Test
  void theCallButtonHangsUpDuringACallAndCallsAgainAfterIt() {
    phone.open(url("/simulator/hello"));
    assertEquals("Call", phone.callButton().getText());
    new Actions(driver).doubleClick(phone.callButton()).perform(); // not a call and a hang-up
    phone.waitForState("menu");
    assertEquals("Hang up", phone.callButton().getText());
    phone.callButton().click();
    phone.waitForState("ended");
    assertTrue(phone.byId("status").getText().contains("You hung up"));
    List<String> lines = phone.transcript();
    assertEquals(1, lines.stream().filter(l -> l.contains("Welcome")).count(), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("hung up")), lines.toString());
    assertEquals("Call again", phone.callButton().getText());

    phone.callButton().click();
    phone.waitForState("menu");
    List<String> again = phone.transcript();
    assertTrue(again.stream().noneMatch(l -> l.contains("hung up")), "a new call: " + again);
    assertEquals(1, again.stream().filter(l -> l.contains("Welcome")).count(), again.toString());
    phone.click("1").waitForState("ended");
    assertTrue(phone.prompt().contains("nine to five"), phone.prompt());
    assertEquals("Call again", phone.callButton().getText());
  }

  @Test
  void aKeyOrWordsStopThePromptBeingSpoken() {
    fake(BrowserFakes.SYNTHESIS);
    phone.open(url("/simulator/card-services")).clickCall();
    assertTrue(speech().stream().anyMatch(t -> t.startsWith("speak:Welcome")), speech().toString());
    phone.click("1").waitForState("menu");
    phone.click("1").waitForState("digits");
    assertTrue(speaking(), "the line asks for the card number");
    phone.click("3"); // a key of the entry: nothing is sent, but the line stops speaking
    assertFalse(speaking());
    assertEquals("cancel:speaking", last(speech()), speech().toString());

    phone.byId("silence").click(); // the entry times out with "3": the line asks again
    phone.idle().waitForState("digits");
    assertTrue(speaking(), speech().toString());
    int before = speech().size();
    phone.byId("say").sendKeys("agent");
    phone.byId("say-button").click();
    phone.waitForState("on-hold");
    assertEquals("cancel:speaking", speech().get(before), speech().toString());
  }

  @Test
  void eachKeyPlaysItsTonePairUnlessTheVoiceIsOff() {
    fake(BrowserFakes.AUDIO);
    phone.open(url("/simulator/card-services")).clickCall();
    phone.click("1").waitForState("menu");
    assertEquals(List.of(697L, 1209L), tones());
    phone.click("5");
    assertEquals(List.of(697L, 1209L, 770L, 1336L), tones());
    phone.byId("speak").click(); // the voice switch also silences the keys
    phone.click("*");
    assertEquals(4, tones().size(), tones().toString());
  }

  @Test
  void theMicrophoneShowsTheWordsItRecognisesThenSendsThem() {
    fake(BrowserFakes.RECOGNITION);
    phone.open(url("/simulator/card-services")).clickCall();
    phone.click("1").waitForState("menu");
    WebElement mic = phone.byId("mic");
    assertTrue(
        mic.isDisplayed() && mic.isEnabled(), "the browser recognises speech: a Speak button");
    mic.click();
    assertEquals("true", mic.getAttribute("aria-pressed"));
    assertEquals("en-US", phone.js("return window.__recognisers[0].lang;"));
    assertEquals(true, phone.js("return window.__recognisers[0].started;"));

    phone.js("window.__recognisers[0].hear('represent', false);");
    assertTrue(phone.byId("heard").getText().contains("represent"), phone.byId("heard").getText());
    assertEquals("menu", phone.state(), "words still being recognised are not sent");
    phone.js("window.__recognisers[0].hear('representative', true);");
    assertTrue(phone.byId("heard").getText().contains("You said: \u201crepresentative\u201d"));
    phone.waitForState("on-hold");
    assertTrue(phone.transcriptText().contains("said \"representative\""), phone.transcriptText());
    assertEquals("false", mic.getAttribute("aria-pressed"));
  }

  @Test
  void withoutAWorkingRecogniserThereIsNoMicrophoneButton() {
    fakes.add(HeadlessChromium.beforePages(BrowserFakes.NO_RECOGNITION));
    phone.open(url("/simulator/hello")).clickCall();
    assertFalse(phone.byId("mic").isDisplayed(), "no recogniser: typed words only");
    phone.byId("say").sendKeys("opening hours");
    phone.byId("say-button").click();
    phone.waitForState("ended");

    removeFakes();
    fake(BrowserFakes.RECOGNITION);
    phone.open(url("/simulator/hello")).clickCall();
    phone.byId("mic").click();
    phone.js("window.__recognisers[0].fail('network');"); // the recogniser's service is missing
    assertFalse(phone.byId("mic").isDisplayed());
    assertTrue(phone.byId("heard").getText().contains("type the words"));
  }

  @Test
  void hangingUpOnHoldEndsTheCall() {
    phone.open(url("/simulator/hello")).clickCall();
    phone.click("0").waitForState("on-hold");
    assertTrue(phone.byId("hold").isDisplayed());
    assertEquals("Hang up", phone.callButton().getText());
    phone.hangUp();
    assertFalse(phone.byId("hold").isDisplayed());
    assertTrue(
        phone.byId("status").getText().contains("You hung up while on hold for Customer care"),
        phone.byId("status").getText());
    assertEquals("Call again", phone.callButton().getText());
  }

  @Test
  void aMissionIsScoredWhenTheCallEnds() {
    phone.open(url("/simulator/card-services?mission=report-stolen"));
    assertEquals(
        "the line reads out the reference number of your report.",
        phone.byId("mission-goal").getText());
    phone.clickCall();
    phone.click("1").waitForState("menu");
    phone.click("1").waitForState("digits");
    phone.click(CARD + "#").waitForState("menu");
    phone.click("1").waitForState("menu");
    assertEquals(MissionProgress.HANG_UP_FOR_SCORE, phone.missionStatus());
    assertFalse(phone.byId("score").isDisplayed());
    assertFalse(phone.byId("review").isDisplayed());

    phone.hangUp();
    WebElement score = phone.score();
    assertEquals("true", score.getAttribute("data-reached"));
    assertEquals("Mission complete: Report your card stolen.", phone.missionStatus());
    assertEquals(
        phone.scoreValue("Your time").substring(0, 4),
        phone.scoreValue("Quickest route").substring(0, 4));
    String tips = phone.byId("score-tips").getText();
    assertTrue(tips.contains("Your time ties the quickest route"), tips);
    String card = score.getText();
    assertEquals(1, card.split("Quickest route", -1).length - 1, "labelled once:\n" + card);
    assertTrue(card.contains("Done when: the line reads out the reference number"), card);
    assertFalse(card.contains("node:") || card.contains("read-ref"), card);
    phone.review();
    HeadlessChromium.saveScreen(score, "score-card");
  }

  @Test
  void atAPhonesWidthTheKeypadAndHangUpFitTheScreenDuringACall() {
    HeadlessChromium.emulate(390, 664);
    phone.open(url("/simulator/card-services?mission=report-stolen"));
    assertEquals(390L, phone.js("return window.innerWidth;"));
    phone.clickCall();
    phone.click("1").waitForState("menu");
    List<WebElement> keys = driver.findElements(By.cssSelector(".key"));
    assertEquals(12, keys.size());
    keys.forEach(k -> assertTrue(phone.onScreen(k), "key " + k.getText() + " is on the screen"));
    assertTrue(phone.onScreen(phone.callButton()), "Hang up is on the screen");
    assertEquals("Hang up", phone.callButton().getText());
    assertEquals(
        390L, phone.js("return document.documentElement.scrollWidth;"), "no sideways scroll");
    WebElement toTranscript = phone.byId("to-transcript");
    assertTrue(phone.onScreen(toTranscript), "the transcript is one tap away");
    HeadlessChromium.saveScreen("phone-390-during-call");

    toTranscript.click();
    wait.until(d -> phone.onScreen(phone.byId("transcript-title")));
    assertTrue(phone.transcriptText().contains("pressed 1"));
  }

  @Test
  void atADesktopsWidthThePhoneAndTheBriefingSitSideBySide() {
    phone.open(url("/simulator/card-services?mission=report-stolen")).clickCall();
    phone.click("1").waitForState("menu");
    driver.findElements(By.cssSelector(".key")).forEach(k -> assertTrue(phone.onScreen(k)));
    assertTrue(phone.onScreen(phone.callButton()));
    assertTrue(phone.onScreen(phone.byId("briefing-title")));
    assertTrue(
        phone.onScreen(phone.byId("transcript-title")), "the transcript is beside the phone");
    assertFalse(phone.byId("to-transcript").isDisplayed(), "so there is no link to it");
    HeadlessChromium.saveScreen("phone-desktop-during-call");
  }

  @SuppressWarnings("unchecked")
  private List<String> speech() {
    return (List<String>) phone.js("return window.__speech.slice();");
  }

  private boolean speaking() {
    return Boolean.TRUE.equals(phone.js("return window.speechSynthesis.speaking;"));
  }

  @SuppressWarnings("unchecked")
  private List<Long> tones() {
    return (List<Long>) phone.js("return window.__tones.slice();");
  }

  private static String last(List<String> items) {
    return items.get(items.size() - 1);
  }
}
