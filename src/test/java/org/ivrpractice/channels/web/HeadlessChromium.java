package org.ivrpractice.channels.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * a test fails.
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

  /** Saves what the browser shows now as {@code target/browser-screenshots/<name>.png}. */
  static Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Saves one element as {@code target/browser-screenshots/<name>.png}. */
  static Path screenshot(WebElement element, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, element.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Saves the whole review diagram, unclipped, as {@code <name>.png} (for people to look at). */
  static void diagram(String name) {
    ChromeDriver d = driver();
    org.openqa.selenium.Dimension size = d.manage().window().getSize();
    try {
      d.executeScript(
          "var c = document.getElementById('diagram');"
              + " c.style.maxHeight = 'none'; c.style.overflow = 'visible';");
      WebElement svg = d.findElement(org.openqa.selenium.By.cssSelector("#diagram svg"));
      int w = Integer.parseInt(svg.getAttribute("width"));
      int h = Integer.parseInt(svg.getAttribute("height"));
      d.manage().window().setSize(new org.openqa.selenium.Dimension(w + 900, h + 1600));
      screenshot(svg, name);
    } finally {
      d.manage().window().setSize(size);
      d.executeScript(
          "var c = document.getElementById('diagram');"
              + " c.style.maxHeight = ''; c.style.overflow = '';");
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver != null) {
      Path file = screenshot("FAILED-" + context.getRequiredTestMethod().getName());
      System.err.println("Screenshot of the failed browser test: " + file);
    }
  }
}
