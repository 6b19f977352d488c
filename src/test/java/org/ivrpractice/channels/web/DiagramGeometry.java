package org.ivrpractice.channels.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees of the drawn diagram ({@code #diagram svg}), measured in the browser on the
 * screen (getBoundingClientRect, getComputedStyle and the SVG's screen transform): boxes that
 * overlap, ways that pass through a box that is not one of their ends, and the smallest label. Also
 * saves screenshots under {@code target/screenshots/}.
 */
final class DiagramGeometry {

  /**
   * Boxes: nodes, stubs, closed groups, edge labels (one may not overlap another, and a way may not
   * cross one that is not its end), and open groups (which may not overlap each other). A way's
   * segments are taken from its path's points, put on the screen by the SVG's transform.
   */
  private static final String MEASURE =
      """
      const svg = document.querySelector('#diagram svg');
      const ctm = svg.getScreenCTM();
      const screen = (x, y) => { const p = svg.createSVGPoint(); p.x = x; p.y = y;
        return p.matrixTransform(ctm); };
      const box = (el, id) => { const r = el.getBoundingClientRect();
        return { id, l: r.left, t: r.top, r: r.right, b: r.bottom }; };
      const shapes = [...svg.querySelectorAll('g.node, g.stub, g.group.closed')]
        .map(g => box(g.querySelector('rect'), g.dataset.shape));
      const tags = [...svg.querySelectorAll('g.edge-tag')]
        .map((g, i) => box(g.querySelector('rect'), 'label ' + g.textContent + ' of ' + g.dataset.edge));
      const groups = [...svg.querySelectorAll('g.group.open')]
        .map(g => box(g.querySelector('rect'), g.dataset.shape));
      const meets = (a, b, m) => a.l + m < b.r && b.l + m < a.r && a.t + m < b.b && b.t + m < a.b;
      const overlaps = [];
      const all = shapes.concat(tags);
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++)
        if (meets(all[i], all[j], 0.5)) overlaps.push(all[i].id + ' overlaps ' + all[j].id);
      for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++)
        if (meets(groups[i], groups[j], 0.5)) overlaps.push(groups[i].id + ' overlaps ' + groups[j].id);
      // Liang-Barsky: does the segment a-b enter the box shrunk by 1 px?
      const crosses = (a, b, r) => {
        const x1 = r.l + 1, x2 = r.r - 1, y1 = r.t + 1, y2 = r.b - 1;
        let t0 = 0, t1 = 1; const dx = b.x - a.x, dy = b.y - a.y;
        for (const [p, q] of [[-dx, a.x - x1], [dx, x2 - a.x], [-dy, a.y - y1], [dy, y2 - a.y]]) {
          if (p === 0) { if (q < 0) return false; continue; }
          const t = q / p;
          if (p < 0) { if (t > t1) return false; if (t > t0) t0 = t; }
          else { if (t < t0) return false; if (t < t1) t1 = t; }
        }
        return t1 - t0 > 1e-6;
      };
      const crossings = []; let segments = 0;
      svg.querySelectorAll('g.edge').forEach(g => {
        const nums = g.querySelector('path').getAttribute('d').match(/-?[0-9.]+/g).map(Number);
        const points = [];
        for (let i = 0; i + 1 < nums.length; i += 2) points.push(screen(nums[i], nums[i + 1]));
        for (let i = 1; i < points.length; i++) {
          segments++;
          for (const s of shapes) {
            if (s.id !== g.dataset.from && s.id !== g.dataset.to && crosses(points[i - 1], points[i], s))
              crossings.push(g.dataset.from + ' -> ' + g.dataset.to + ' passes through ' + s.id);
          }
        }
      });
      let smallest = 1e9, smallestText = '', smallestBox = 1e9;
      svg.querySelectorAll('text').forEach(t => {
        const px = parseFloat(getComputedStyle(t).fontSize) * ctm.a;
        if (px < smallest) { smallest = px; smallestText = t.textContent; }
        smallestBox = Math.min(smallestBox, t.getBoundingClientRect().height);
      });
      return { nodes: svg.querySelectorAll('g.node').length, stubs: svg.querySelectorAll('g.stub').length,
        edges: svg.querySelectorAll('g.edge').length, segments, labels: svg.querySelectorAll('text').length,
        overlaps, crossings, smallest, smallestText, smallestBox, scale: ctm.a };
      """;

  /** What was measured; the lists are empty when the drawing is clean. */
  record Measurement(
      long nodes,
      long stubs,
      long edges,
      long segments,
      long labels,
      List<String> overlaps,
      List<String> crossings,
      double smallestLabelPx,
      String smallestLabel,
      double smallestLabelBoxPx,
      double scale) {

    @SuppressWarnings("unchecked")
    static Measurement of(Map<String, Object> m) {
      return new Measurement(
          ((Number) m.get("nodes")).longValue(),
          ((Number) m.get("stubs")).longValue(),
          ((Number) m.get("edges")).longValue(),
          ((Number) m.get("segments")).longValue(),
          ((Number) m.get("labels")).longValue(),
          (List<String>) m.get("overlaps"),
          (List<String>) m.get("crossings"),
          ((Number) m.get("smallest")).doubleValue(),
          (String) m.get("smallestText"),
          ((Number) m.get("smallestBox")).doubleValue(),
          ((Number) m.get("scale")).doubleValue());
    }

    String summary() {
      return "%d nodes, %d stubs, %d ways (%d segments), %d labels at scale %.3f; smallest label %.2f px (\"%s\"), its box %.1f px high; overlaps %s; crossings %s"
          .formatted(
              nodes,
              stubs,
              edges,
              segments,
              labels,
              scale,
              smallestLabelPx,
              smallestLabel,
              smallestLabelBoxPx,
              overlaps,
              crossings);
    }
  }

  private DiagramGeometry() {}

  @SuppressWarnings("unchecked")
  static Measurement measure(ChromeDriver driver) {
    return Measurement.of((Map<String, Object>) driver.executeScript(MEASURE));
  }

  /** Waits until the diagram in {@code #diagram} is drawn (again, after a change). */
  static void awaitDrawn(ChromeDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector("#diagram[data-drawn='true'] svg")).isEmpty());
  }

  /**
   * Saves what the browser window shows, scrolled to the diagram's tools and box, as {@code
   * target/screenshots/<name>.png}.
   */
  static Path screenshot(ChromeDriver driver, String name) {
    driver.executeScript(
        "(document.querySelector('.diagram-tools') || document.getElementById('diagram'))"
            + ".scrollIntoView({block: 'start'});");
    return HeadlessChromium.save(
        HeadlessChromium.PAGE_SHOTS, name, driver.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Saves the whole diagram, unclipped, at the scale it is shown, as {@code
   * target/screenshots/<name>.png} (the window is made large enough for it, then restored).
   */
  static Path wholeDiagram(ChromeDriver driver, String name) {
    Dimension size = driver.manage().window().getSize();
    try {
      // The page's column no longer centred, so that the diagram stays where it is measured.
      driver.executeScript(
          "const c = document.getElementById('diagram');"
              + " c.style.maxHeight = 'none'; c.style.overflow = 'visible';"
              + " document.querySelector('main').style.maxWidth = 'none';");
      WebElement svg = driver.findElement(By.cssSelector("#diagram svg"));
      Rectangle r = svg.getRect();
      driver
          .manage()
          .window()
          .setSize(new Dimension(r.getWidth() + r.getX() + 200, r.getHeight() + r.getY() + 400));
      return HeadlessChromium.saveScreen(svg, name);
    } finally {
      driver.executeScript(
          "const c = document.getElementById('diagram');"
              + " c.style.maxHeight = ''; c.style.overflow = '';"
              + " document.querySelector('main').style.maxWidth = '';");
      driver.manage().window().setSize(size);
    }
  }
}
