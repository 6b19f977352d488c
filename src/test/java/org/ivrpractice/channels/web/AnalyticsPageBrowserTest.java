package org.ivrpractice.channels.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analytics page in real headless Chromium, after a practice crowd run from its own button: the
 * charts drawn by ECharts, the tables with the crowd's figures, the simulated label, the diagram's
 * ways as wide as their traffic; then the real calls, apart from the crowd's, and a call made
 * meanwhile showing up without a reload. No script error, no Content-Security-Policy breach.
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class AnalyticsPageBrowserTest {

  private static final String ERRORS = "ivr-js-errors";

  /**
   * Run before every page's scripts: keeps the page's uncaught errors where the test reads them.
   */
  private static final String RECORD_ERRORS =
      "(function () { function keep(m) { try { var s = JSON.parse(sessionStorage.getItem('"
          + ERRORS
          + "') || '[]'); s.push(m); sessionStorage.setItem('"
          + ERRORS
          + "', JSON.stringify(s)); } catch (e) {} }"
          + " window.addEventListener('error', function (e) { keep(e.message + ' at ' + e.filename"
          + " + ':' + e.lineno); });"
          + " window.addEventListener('unhandledrejection', function (e) { keep('unhandled: ' +"
          + " e.reason); }); })();";

  @TestHTTPResource("/flows/card-services/analytics")
  URL page;

  @TestHTTPResource("/flows/hello/analytics")
  URL hello;

  private Object recorder;

  @BeforeEach
  void recordErrors() {
    recorder = HeadlessChromium.beforePages(RECORD_ERRORS);
  }

  @AfterEach
  void stopRecording() {
    HeadlessChromium.notBeforePages(recorder);
  }

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  @Test
  void aCrowdRunFromTheButtonIsDrawnAsChartsTablesAndTrafficAndNeverMixedWithRealCalls() {
    ChromeDriver driver = HeadlessChromium.driver();
    driver.get(page.toString());
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    wait.until(loaded("real"));
    driver.executeScript("window.samePage = true;");

    type(driver, "crowd-callers", "200");
    type(driver, "crowd-seed", "7");
    driver.findElement(By.id("run-crowd")).click();
    wait.until(loaded("simulated"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#diagram[data-drawn='true'] svg")));

    WebElement label = driver.findElement(By.id("simulated-label"));
    assertTrue(label.isDisplayed());
    assertEquals("Simulated: 200 practice callers, seed 7 — not real calls.", label.getText());
    assertTrue(driver.getCurrentUrl().contains("view=simulated"), driver.getCurrentUrl());
    assertEquals("200", text(driver, "figure-calls"), "the calls are the crowd's callers");
    assertEquals(200, sumOfColumn(driver, "outcomes-table", 1), "every caller has an outcome");
    assertEquals(200, sumOfColumn(driver, "profiles-table", 1), "every caller has a profile");
    assertFalse(rows(driver, "nodes-table").isEmpty(), "the nodes table lists where callers went");
    assertTrue(
        rows(driver, "nodes-table").get(0).getText().startsWith("welcome"),
        "every caller entered the first node: " + rows(driver, "nodes-table").get(0).getText());
    assertFalse(rows(driver, "paths-table").isEmpty());

    for (String chart : List.of("chart-over-time", "chart-outcomes", "chart-time-to-agent")) {
      Object size =
          driver.executeScript(
              "var c = document.querySelector('#' + arguments[0] + ' canvas');"
                  + " if (!c) { return null; } var r = c.getBoundingClientRect();"
                  + " return Math.round(r.width) + 'x' + Math.round(r.height);",
              chart);
      assertTrue(
          size != null && !String.valueOf(size).startsWith("0x") && !"null".equals(size),
          chart + " draws a canvas: " + size);
      String summary =
          driver
              .findElement(By.id(driver.findElement(By.id(chart)).getAttribute("aria-describedby")))
              .getAttribute("textContent");
      assertFalse(summary.isBlank(), chart + " has a summary in words");
    }
    assertTrue(
        driver
            .findElement(By.id("outcomes-summary"))
            .getAttribute("textContent")
            .contains("of 200"));

    Set<String> widths = new HashSet<>();
    for (WebElement path : driver.findElements(By.cssSelector("#diagram svg g.edge path"))) {
      widths.add(path.getCssValue("stroke-width"));
    }
    assertTrue(widths.size() > 3, "ways are as wide as their traffic: " + widths);
    assertFalse(
        driver.findElements(By.cssSelector("#diagram svg g.node[class*='abandon-']")).isEmpty(),
        "nodes callers entered are coloured by abandonment");
    new Actions(driver).moveToElement(driver.findElement(By.id("chart-outcomes"))).perform();
    HeadlessChromium.saveScreen("analytics-simulated");

    driver.findElement(By.id("show-real")).click();
    wait.until(loaded("real"));
    int real = given().get("/api/flows/card-services/analytics").then().extract().path("calls");
    assertFalse(driver.findElement(By.id("simulated-label")).isDisplayed());
    assertFalse(driver.findElement(By.id("profiles-table")).isDisplayed());
    assertEquals(String.valueOf(real), text(driver, "figure-calls"), "the real calls only");

    String call = BrowserApi.start("{\"flow\": \"card-services\"}");
    given().delete("/api/calls/" + call).then().statusCode(200);
    wait.withTimeout(Duration.ofSeconds(30))
        .until(d -> text(driver, "figure-calls").equals(String.valueOf(real + 1)));
    assertEquals(Boolean.TRUE, driver.executeScript("return window.samePage === true;"));
    assertTrue(text(driver, "updated").startsWith("Updated "), text(driver, "updated"));
    assertEquals(List.of(), scriptErrors(driver), "no script error on the page");
  }

  @Test
  void theFiltersAreInTheAddressAndTheSimulatedViewWithoutACrowdShowsNoFigures() {
    ChromeDriver driver = HeadlessChromium.driver();
    driver.get(hello.toString());
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(loaded("real"));
    String call = BrowserApi.start("{\"flow\": \"hello\"}");
    given().delete("/api/calls/" + call).then().statusCode(200);

    new Select(driver.findElement(By.id("channel"))).selectByValue("browser");
    new Select(driver.findElement(By.id("since"))).selectByValue("hour");
    wait.until(
        d -> d.getCurrentUrl().endsWith("/flows/hello/analytics?since=hour&channel=browser"));
    int browser =
        given()
            .queryParam("channel", "browser")
            .get("/api/flows/hello/analytics")
            .then()
            .statusCode(200)
            .extract()
            .path("calls");
    assertTrue(browser >= 1, "the browser call is counted");
    wait.until(d -> text(driver, "figure-calls").equals(String.valueOf(browser)));
    new Select(driver.findElement(By.id("channel"))).selectByValue("twilio");
    int twilio =
        given()
            .queryParam("channel", "twilio")
            .get("/api/flows/hello/analytics")
            .then()
            .extract()
            .path("calls");
    wait.until(d -> text(driver, "figure-calls").equals(String.valueOf(twilio)));

    driver.get(hello.toString() + "?view=simulated");
    wait.until(d -> "none".equals(d.findElement(By.tagName("main")).getAttribute("data-loaded")));
    assertEquals(
        "No practice crowd has run on this line yet: run one above.",
        text(driver, "simulated-label"));
    assertEquals("0", text(driver, "figure-calls"), "no real figures under the simulated view");
    assertFalse(driver.findElement(By.id("since")).isEnabled(), "the filters are for real calls");
    assertEquals(List.of(), scriptErrors(driver), "no script error on the page");
  }

  @Test
  void thePageStopsAskingWhileItsTabIsHiddenAndAsksAtOnceWhenShownAgain() throws Exception {
    ChromeDriver driver = HeadlessChromium.driver();
    driver.get(hello.toString());
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(loaded("real"));
    driver.executeScript(
        "window.tabHidden = true; Object.defineProperty(document, 'hidden',"
            + " { configurable: true, get: function () { return window.tabHidden; } });"
            + " document.dispatchEvent(new Event('visibilitychange'));");
    String before = refreshes(driver);
    Thread.sleep(12_000);
    assertEquals(before, refreshes(driver), "no request while the tab is hidden");

    driver.executeScript(
        "window.tabHidden = false; document.dispatchEvent(new Event('visibilitychange'));");
    wait.withTimeout(Duration.ofSeconds(3))
        .until(d -> Integer.parseInt(refreshes(driver)) == Integer.parseInt(before) + 1);
    assertEquals(List.of(), scriptErrors(driver), "no script error on the page");
  }

  private static String refreshes(ChromeDriver driver) {
    return driver.findElement(By.tagName("main")).getAttribute("data-refreshes");
  }

  private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> loaded(String view) {
    return d ->
        !d.findElements(By.cssSelector("main[data-loaded='" + view + "']")).isEmpty()
            && d.findElement(By.tagName("main")).getAttribute("data-view").equals(view);
  }

  private static void type(ChromeDriver driver, String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private static String text(ChromeDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private static List<WebElement> rows(ChromeDriver driver, String table) {
    return driver.findElements(By.cssSelector("#" + table + " tbody tr"));
  }

  private static int sumOfColumn(ChromeDriver driver, String table, int column) {
    int sum = 0;
    for (WebElement row : rows(driver, table)) {
      sum += Integer.parseInt(row.findElements(By.cssSelector("th, td")).get(column).getText());
    }
    return sum;
  }

  /** Uncaught errors the pages recorded, and the console's errors other than failed requests. */
  @SuppressWarnings("unchecked")
  private static List<String> scriptErrors(ChromeDriver driver) {
    List<String> errors = new ArrayList<>();
    Object kept =
        driver.executeScript(
            "var v = sessionStorage.getItem('" + ERRORS + "'); return v ? JSON.parse(v) : [];");
    errors.addAll((List<String>) kept);
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
          && !entry.getMessage().contains("Failed to load resource")) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }
}
