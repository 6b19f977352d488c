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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The flow page's diagram in real headless Chromium, on the bundled lines: laid out by ELK with
 * nothing on top of anything and every label readable after "fit", sub-flows that close and open,
 * the ways to the agent and back to the main menu as stubs, and pan and zoom.
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class FlowDiagramBrowserTest {

  @TestHTTPResource("/")
  URL base;

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  private ChromeDriver open(String line) {
    ChromeDriver driver = HeadlessChromium.driver();
    driver.get(base.toString().replaceAll("/$", "") + "/flows/" + line);
    DiagramGeometry.awaitDrawn(driver);
    return driver;
  }

  /** Zooms in (the first drawing is fitted already), then fits with the page's Fit button. */
  private static void fit(ChromeDriver driver) {
    WebElement box = driver.findElement(By.id("diagram"));
    driver.findElement(By.cssSelector("button[aria-label='Zoom in']")).click();
    double zoomed = scale(driver);
    assertFalse(box.getAttribute("class").contains("fit"), "zoomed in, no longer fitted");
    driver.findElement(By.id("zoom")).click();
    assertTrue(box.getAttribute("class").contains("fit"));
    assertTrue(Math.abs(scale(driver) - zoomed) > 0.01 * zoomed, "Fit changed the zoom back");
  }

  private static void assertReadable(Measurement m) {
    assertTrue(m.nodes() > 0, m.summary());
    assertEquals(List.of(), m.overlaps(), "no two boxes overlap: " + m.summary());
    assertEquals(List.of(), m.crossings(), "no way passes through a box: " + m.summary());
    assertTrue(m.smallestLabelPx() >= 12, "every label is at least 12 px: " + m.summary());
    assertTrue(m.smallestLabelBoxPx() >= 12, "every label is at least 12 px high: " + m.summary());
  }

  private static double scale(ChromeDriver driver) {
    return ((Number)
            driver.executeScript("return document.querySelector('#diagram svg').getScreenCTM().a;"))
        .doubleValue();
  }

  @Test
  void cardServicesIsReadableAfterFitWithEverySubflowOpenAndClosed() {
    ChromeDriver driver = open("card-services");
    fit(driver);
    Measurement open = DiagramGeometry.measure(driver);
    assertReadable(open);
    assertEquals(
        94, open.nodes(), "every node of the line and its five sub-flows: " + open.summary());
    assertTrue(open.stubs() > 20, open.summary());
    DiagramGeometry.screenshot(driver, "flow-card-services-fit");
    DiagramGeometry.wholeDiagram(driver, "flow-card-services");

    driver.findElement(By.cssSelector(".groups-toggle")).click();
    DiagramGeometry.awaitDrawn(driver);
    assertEquals(5, driver.findElements(By.cssSelector("#diagram g.group.closed")).size());
    fit(driver);
    Measurement closed = DiagramGeometry.measure(driver);
    assertReadable(closed);
    assertEquals(22, closed.nodes(), "only the line's own nodes: " + closed.summary());
    DiagramGeometry.wholeDiagram(driver, "flow-card-services-closed");
  }

  @Test
  void businessCardIsReadableAfterFit() {
    ChromeDriver driver = open("business-card");
    fit(driver);
    Measurement m = DiagramGeometry.measure(driver);
    assertReadable(m);
    assertEquals(102, m.nodes(), m.summary());
    DiagramGeometry.screenshot(driver, "flow-business-card-fit");
    DiagramGeometry.wholeDiagram(driver, "flow-business-card");
  }

  @Test
  void theWaysToTheAgentAndBackToTheMainMenuAreLabelledStubs() {
    ChromeDriver driver = open("card-services");
    List<WebElement> fromMore =
        driver.findElements(
            By.cssSelector("#diagram g.stub[data-from='card-services/more-options']"));
    List<String> texts =
        fromMore.stream()
            .map(s -> s.findElement(By.cssSelector("text")).getAttribute("textContent"))
            .toList();
    assertTrue(texts.contains("agent"), texts.toString());
    assertTrue(texts.contains("4: back to main menu"), texts.toString());
    assertTrue(
        driver
            .findElements(
                By.cssSelector(
                    "#diagram g.edge[data-from='card-services/more-options'][data-to='card-services/main-menu']"))
            .isEmpty(),
        "no line runs from more-options back up to the main menu");
    assertTrue(
        driver
            .findElements(By.cssSelector("#diagram g.edge[data-to='card-services/agent']"))
            .isEmpty(),
        "no line runs to the agent node");
    assertFalse(
        driver
            .findElements(
                By.cssSelector(
                    "#diagram g.stub[data-from='lost-card/delivery-menu'][data-stub='agent']"))
            .isEmpty(),
        "a sub-flow's menu has its agent stub too");
  }

  @Test
  void aSubflowClosesAndOpensFromItsTitleByMouseAndKeyboard() {
    ChromeDriver driver = open("card-services");
    int all = driver.findElements(By.cssSelector("#diagram g.node")).size();
    driver.findElement(By.cssSelector("#diagram .group-title[data-flow='lost-card']")).click();
    DiagramGeometry.awaitDrawn(driver);

    WebElement closed =
        driver.findElement(By.cssSelector("#diagram g.group.closed[data-group='lost-card']"));
    assertTrue(closed.getAttribute("textContent").contains("Lost or stolen card"));
    assertTrue(
        driver.findElements(By.cssSelector("#diagram g.node[data-node^='lost-card/']")).isEmpty());
    assertEquals(all - 13, driver.findElements(By.cssSelector("#diagram g.node")).size());
    WebElement title =
        driver.findElement(By.cssSelector("#diagram .group-title[data-flow='lost-card']"));
    assertEquals("false", title.getAttribute("aria-expanded"));
    assertReadable(DiagramGeometry.measure(driver));

    assertEquals(
        "lost-card",
        driver.executeScript("return document.activeElement.getAttribute('data-flow');"),
        "the focus stays on the group's title");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    DiagramGeometry.awaitDrawn(driver);
    assertEquals(all, driver.findElements(By.cssSelector("#diagram g.node")).size());
    assertEquals(
        "true",
        driver
            .findElement(By.cssSelector("#diagram .group-title[data-flow='lost-card']"))
            .getAttribute("aria-expanded"));
  }

  @Test
  void theDiagramPansAndZoomsByButtonsDragAndWheel() {
    ChromeDriver driver = open("card-services");
    WebElement box = driver.findElement(By.id("diagram"));
    fit(driver);
    double fitted = scale(driver);
    assertTrue(fitted * 13 >= 12, "fit keeps 13 px labels at 12 px or more: " + fitted);

    driver.findElement(By.cssSelector("button[aria-label='Zoom in']")).click();
    assertEquals(fitted * 1.25, scale(driver), 0.01);
    assertFalse(box.getAttribute("class").contains("fit"));
    driver.findElement(By.cssSelector("button[aria-label='Zoom out']")).click();
    driver.findElement(By.cssSelector("button[aria-label='Zoom out']")).click();
    assertEquals(fitted / 1.25, scale(driver), 0.01);
    driver
        .findElement(By.cssSelector("button[aria-label='Show the diagram at actual size']"))
        .click();
    assertEquals(1, scale(driver), 0.01);

    long left = scroll(driver, "scrollLeft"), top = scroll(driver, "scrollTop");
    new Actions(driver)
        .moveToElement(box, 0, 0)
        .clickAndHold()
        .moveByOffset(-150, -100)
        .release()
        .perform();
    assertEquals(left + 150, scroll(driver, "scrollLeft"), 2, "dragging left moves the view right");
    assertEquals(top + 100, scroll(driver, "scrollTop"), 2, "dragging up moves the view down");

    driver.executeScript(
        "const c = document.getElementById('diagram'), r = c.getBoundingClientRect();"
            + " c.dispatchEvent(new WheelEvent('wheel', {deltaY: -200, ctrlKey: true,"
            + " clientX: r.left + 100, clientY: r.top + 100, bubbles: true, cancelable: true}));");
    assertTrue(scale(driver) > 1.3, "Ctrl + wheel zooms in: " + scale(driver));
    assertTrue(driver.findElement(By.cssSelector(".zoom-status")).getText().startsWith("Zoom "));
    fit(driver);
    assertEquals(fitted, scale(driver), 0.01);
  }

  private static long scroll(ChromeDriver driver, String which) {
    return ((Number)
            driver.executeScript(
                "return Math.round(document.getElementById('diagram')." + which + ");"))
        .longValue();
  }
}
