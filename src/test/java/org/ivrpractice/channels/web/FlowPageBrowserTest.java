package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The flow page in real headless Chromium: the diagram coloured by coverage, and the tables. */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class FlowPageBrowserTest {

  @TestHTTPResource("/flows/hello")
  URL hello;

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  @Test
  void theHelloPageColoursEveryNodeByCoverageAndShowsTheThreeSections() {
    ChromeDriver driver = HeadlessChromium.driver();
    driver.get(hello.toString());
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#diagram[data-drawn='true'] svg")));

    List<WebElement> nodes = driver.findElements(By.cssSelector("#diagram svg g.node"));
    assertFalse(nodes.isEmpty(), "the diagram draws the nodes");
    for (WebElement node : nodes) {
      String classes = node.getAttribute("class");
      assertTrue(classes.contains("covered"), node.getAttribute("data-node") + " has " + classes);
    }
    assertEquals(
        nodes.size(),
        driver.findElements(By.cssSelector("#diagram svg g.node.covered")).size(),
        "every node of hello is covered by its scenarios");
    String tooltip =
        driver.findElement(By.cssSelector("#diagram svg g.node title")).getAttribute("textContent");
    assertTrue(tooltip.contains("covered by a scenario"), tooltip);

    for (String id : List.of("coverage-title", "lint-title", "explorer-title")) {
      assertTrue(driver.findElement(By.id(id)).isDisplayed(), id + " is shown");
    }
    assertTrue(driver.findElement(By.id("coverage-legend")).getText().contains("not covered"));
    assertTrue(driver.findElement(By.id("coverage-table")).getText().contains("hello"));
    assertTrue(driver.findElement(By.id("explorer-endings")).getText().contains("agents"));
    HeadlessChromium.screenshot("flow-page-hello");
  }
}
