package org.ivrpractice.channels.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium, with the flags this kind of machine needs (root,
 * no GPU, no network but loopback), and a screenshot under {@code target/browser-screenshots/} when
 * a test fails. Tests can show pages at a phone's size, and run fakes of the browser's speech and
 * audio before a page's scripts.
 *
 * <p>Every browser test also fails when a page broke the site's Content-Security-Policy (a script,
 * a style or anything else the policy blocked): each page records its {@code
 * securitypolicyviolation} events where the next page of the site still finds them, and the
 * browser's console is read for the violations it reports; after each test both must be empty.
 */
final class HeadlessChromium implements TestWatcher, AfterEachCallback {

  /** Where pages keep the policy's violations (the tab's session storage outlives a page). */
  private static final String VIOLATIONS = "ivr-csp-violations";

  /** Run before every page's own scripts: records each violation the page reports. */
  private static final String RECORD_VIOLATIONS =
      "document.addEventListener('securitypolicyviolation', function (e) {"
          + " try { var key = '"
          + VIOLATIONS
          + "'; var seen = JSON.parse(sessionStorage.getItem(key) || '[]');"
          + " seen.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in '"
          + " + e.sourceFile + ':' + e.lineNumber + ' (' + location.pathname + ')');"
          + " sessionStorage.setItem(key, JSON.stringify(seen)); } catch (ignored) {} });";

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private static ChromeDriver driver;
  private static Path profile;

  static synchronized ChromeDriver driver() {
    if (driver == null) {
      boolean installed =
          Files.isExecutable(Path.of("/usr/bin/chromium"))
              && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
      // CI installs them (.ci/run) and must run these tests; elsewhere a missing browser skips.
      Assumptions.assumeTrue(
          installed || System.getenv("CI") != null,
          "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium"
              + " chromium-driver");
      try {
        profile = Files.createTempDirectory("chromium-profile");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,1000",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .build();
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }
    return driver;
  }

  /**
   * The Content-Security-Policy violations since the last call, as the pages recorded them and as
   * the console reported them; reading them forgets them.
   */
  static synchronized List<String> takeCspViolations() {
    List<String> found = new ArrayList<>();
    if (driver == null) {
      return found;
    }
    try {
      Object recorded =
          driver.executeScript(
              "try { var v = sessionStorage.getItem('"
                  + VIOLATIONS
                  + "'); sessionStorage.removeItem('"
                  + VIOLATIONS
                  + "'); return v ? JSON.parse(v) : []; } catch (e) { return []; }");
      if (recorded instanceof List<?> list) {
        list.forEach(v -> found.add("page: " + v));
      }
    } catch (WebDriverException e) {
      // no page of the site is open (or the browser is gone): the console still says
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getMessage().contains("Content Security Policy")) {
        found.add("console: " + entry.getMessage());
      }
    }
    return found;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> violations = takeCspViolations();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "the pages broke the Content-Security-Policy:\n" + String.join("\n", violations));
    }
  }

  static synchronized void quit() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /**
   * Saves what the browser shows now as {@code target/browser-screenshots/<name>.png}, for a person
   * looking into a failure; a shot that cannot be taken is skipped (null).
   */
  static Path screenshot(String name) {
    try {
      return save(SCREENSHOTS, name, driver().getScreenshotAs(OutputType.BYTES));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Saves the whole review diagram, unclipped, as {@code target/screenshots/<name>.png}. */
  static void diagram(String name) {
    DiagramGeometry.wholeDiagram(driver(), name);
  }

  /** Where the screenshots for people to look at go: {@code target/screenshots/<name>.png}. */
  static final Path PAGE_SHOTS = Path.of("target", "screenshots");

  /** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
  static Path saveScreen(String name) {
    return save(PAGE_SHOTS, name, driver().getScreenshotAs(OutputType.BYTES));
  }

  /** Saves one element as {@code target/screenshots/<name>.png}. */
  static Path saveScreen(WebElement element, String name) {
    return save(PAGE_SHOTS, name, element.getScreenshotAs(OutputType.BYTES));
  }

  static Path save(Path folder, String name, byte[] png) {
    try {
      Files.createDirectories(folder);
      return Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException("cannot save the screenshot " + name, e);
    }
  }

  /**
   * Shows pages as a phone of this size does ({@code 390 x 664}: a phone's screen less the
   * browser's bars), below the smallest window Chromium opens.
   */
  static void emulate(int width, int height) {
    driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
  }

  /** Back to the window's own size. */
  static void stopEmulating() {
    driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Runs {@code source} in every page before its own scripts; answers the script's id. */
  static Object beforePages(String source) {
    return driver()
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
        .get("identifier");
  }

  static void notBeforePages(Object id) {
    driver()
        .executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver != null) {
      Path file = screenshot("FAILED-" + context.getRequiredTestMethod().getName());
      System.err.println("Screenshot of the failed browser test: " + file);
    }
  }
}
