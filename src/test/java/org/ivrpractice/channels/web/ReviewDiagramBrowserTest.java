package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.ivrpractice.channels.web.DiagramGeometry.Measurement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The mission review's diagram in real headless Chromium: the caller's path and the quickest route
 * highlighted, explained by a legend and scrolled into view, the sub-flows the call did not enter
 * closed, and the drawing as readable as the flow page's.
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class ReviewDiagramBrowserTest {

  private static final String CARD = "378282246310005";

  @TestHTTPResource("/")
  URL base;

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

  /** How many of the nodes matching a selector are wholly inside the diagram's box on screen. */
  private long inView(String selector) {
    return ((Number)
            driver.executeScript(
                "const box = document.getElementById('diagram').getBoundingClientRect();"
                    + " return [...document.querySelectorAll(arguments[0])].filter(n => {"
                    + " const r = n.getBoundingClientRect(); return r.left >= box.left"
                    + " && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;"
                    + " }).length;",
                selector))
        .longValue();
  }

  @Test
  void aStolenCardsReviewShowsThePathAndTheQuickestRouteInView() {
    phone.open(url("/simulator/card-services?mission=report-stolen")).clickCall();
    phone.click("1").waitForState("menu");
    phone.click("1").waitForState("digits");
    phone.click(CARD + "#").waitForState("menu");
    phone.click("2");
    phone.hangUp(); // a mission is scored, and its review drawn, when the call ends
    phone.review();
    DiagramGeometry.awaitDrawn(driver);

    List<String> visited = phone.diagramNodes("visited");
    assertTrue(visited.contains("lost-card/read-ref"), visited.toString());
    assertTrue(visited.contains("verify-card/card-number"), visited.toString());
    assertTrue(phone.diagramNodes("quickest").contains("lost-card/delivery-menu"));
    assertTrue(
        driver.findElements(By.cssSelector("#diagram g.edge.on-caller")).size() >= 8,
        "the ways the caller took are highlighted");
    assertTrue(
        driver.findElements(By.cssSelector("#diagram g.edge.on-quickest")).size() >= 8,
        "the quickest route's ways are highlighted");
    String legend = phone.byId("diagram-legend").getText();
    assertTrue(legend.contains("your path") && legend.contains("quickest route"), legend);
    assertTrue(inView("#diagram g.node.visited") >= 3, "the path is scrolled into view");
    for (String notEntered : List.of("dispute", "follow-up", "fraud-alert")) {
      assertFalse(
          driver
              .findElements(
                  By.cssSelector("#diagram g.group.closed[data-group='" + notEntered + "']"))
              .isEmpty(),
          notEntered + " is closed");
    }
    Measurement m = DiagramGeometry.measure(driver);
    assertEquals(List.of(), m.overlaps(), m.summary());
    assertEquals(List.of(), m.crossings(), m.summary());
    assertTrue(m.smallestLabelPx() >= 12, m.summary());
    DiagramGeometry.screenshot(driver, "review-report-stolen");
    DiagramGeometry.wholeDiagram(driver, "review-report-stolen-diagram");
  }

  @Test
  void sayingAgentHighlightsTheAgentStubOfTheMenuWhereItWasSaid() {
    phone.open(url("/simulator/card-services?mission=reach-a-person")).clickCall();
    phone.byId("say").sendKeys("representative");
    phone.byId("say-button").click();
    phone.waitForState("on-hold");
    phone.hangUp(); // a mission is scored, and its review drawn, when the call ends
    phone.review();
    DiagramGeometry.awaitDrawn(driver);

    assertFalse(
        driver
            .findElements(
                By.cssSelector("#diagram g.stub.on-caller[data-from='card-services/language']"))
            .isEmpty(),
        "the agent stub of the language menu is on the caller's path");
    assertTrue(
        driver
            .findElements(
                By.cssSelector(
                    "#diagram g.edge[data-from='card-services/language'][data-to='card-services/agent']"))
            .isEmpty(),
        "and no line is drawn across to the agent node besides");
    assertTrue(phone.diagramNodes("visited").contains("card-services/standard-agent"));
    assertTrue(phone.diagramNodes("current").contains("card-services/standard-agent"));
    assertTrue(inView("#diagram g.node.current") == 1, "where the call is now is in view");
    assertEquals(
        5,
        driver.findElements(By.cssSelector("#diagram g.group.closed")).size(),
        "a call that entered no sub-flow shows them all closed");
    Measurement m = DiagramGeometry.measure(driver);
    assertEquals(List.of(), m.overlaps(), m.summary());
    assertEquals(List.of(), m.crossings(), m.summary());
    assertTrue(m.smallestLabelPx() >= 12, m.summary());
    DiagramGeometry.screenshot(driver, "review-reach-a-person");
  }
}
