package org.ivrpractice.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The check every browser test ends with sees what the policy blocks: an inline script and a style
 * attribute put into a page are refused and reported (by the page, after it was left, and by the
 * console), and the site's own pages report nothing.
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.class)
class CspViolationsSeenTest {

  @TestHTTPResource("/")
  URL base;

  @AfterAll
  static void closeBrowser() {
    HeadlessChromium.quit();
  }

  @Test
  void anInlineScriptAndAStyleAttributeAreBlockedAndReported() {
    var driver = HeadlessChromium.driver();
    driver.get(base.toString());
    driver.executeScript(
        "var s = document.createElement('script');"
            + " s.textContent = 'window.ranInline = true;'; document.body.appendChild(s);"
            + " var d = document.createElement('div'); d.innerHTML = '<p style=\"color: red\">x</p>';"
            + " document.body.appendChild(d);");
    driver.findElement(By.tagName("footer")).click();
    assertEquals(null, driver.executeScript("return window.ranInline === true ? 'ran' : null;"));
    driver.get(base + "simulator/hello");
    List<String> violations = HeadlessChromium.takeCspViolations();
    assertTrue(violations.stream().anyMatch(v -> v.contains("script-src")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.contains("style-src")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("page: ")), "the pages' records");
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("console: ")), "the console's");
  }

  @Test
  void theSitesOwnPagesReportNothing() {
    var driver = HeadlessChromium.driver();
    for (String page : List.of("", "simulator/hello", "flows/hello", "no-such-page")) {
      driver.get(base + page);
    }
    assertEquals(List.of(), HeadlessChromium.takeCspViolations());
  }
}
