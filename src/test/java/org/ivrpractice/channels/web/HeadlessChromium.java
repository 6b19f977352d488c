package org.ivrpractice.channels.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with the flags this kind of machine needs (root,
 * no GPU, no network but loopback), and a screenshot under {@code target/browser-screenshots/} when
 * a test fails. Tests can show pages at a phone's size, and run fakes of the browser's speech and
 * audio before a page's scripts.
 */
final class HeadlessChromium implements TestWatcher {

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
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .build();
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }
    return driver;
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
