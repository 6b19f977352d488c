package org.ivrpractice.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.testing.CallObserver;
import org.ivrpractice.testing.EngineDriver;
import org.ivrpractice.testing.ScenarioListener;
import org.ivrpractice.testing.ScenarioSuite;
import org.ivrpractice.testing.SuiteResult;
import org.ivrpractice.testing.coverage.CoverageCollector;
import org.ivrpractice.testing.coverage.CoverageJson;
import org.ivrpractice.testing.coverage.CoverageReport;
import org.ivrpractice.testing.coverage.CoverageTable;
import org.ivrpractice.testing.coverage.JUnitXml;

/**
 * {@code test --coverage}: runs the suite while watching every turn; when it has run, prints the
 * coverage table (before the report's last line, which stays {@code N passed, M failed}) and writes
 * {@code coverage.json} and {@code scenarios-junit.xml} into a folder.
 */
final class CoverageOutput implements ScenarioListener {

  static final String JSON = "coverage.json";
  static final String JUNIT = "scenarios-junit.xml";

  private final ScenarioSuite suite;
  private final CoverageCollector hits = new CoverageCollector();
  private final Path dir;
  private final PrintWriter out;

  private CoverageOutput(ScenarioSuite suite, Path dir, PrintWriter out) {
    this.suite = suite;
    this.dir = dir;
    this.out = out;
  }

  /**
   * Runs the suite with these listeners, the coverage's own first, its calls told to {@code calls}.
   */
  static SuiteResult run(
      ScenarioSuite suite,
      List<ScenarioListener> listeners,
      CallObserver calls,
      Path dir,
      PrintWriter out) {
    CoverageOutput coverage = new CoverageOutput(suite, dir, out);
    List<ScenarioListener> all = new ArrayList<>();
    all.add(coverage);
    all.addAll(listeners);
    return suite.run(new EngineDriver(suite.flows(), coverage.hits, calls), all);
  }

  @Override
  public void suiteFinished(SuiteResult result) {
    CoverageReport report = CoverageReport.of(suite, hits);
    out.println();
    out.print(CoverageTable.format(report));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(JSON), CoverageJson.write(report), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(JUNIT), JUnitXml.write(result), StandardCharsets.UTF_8);
      out.println("  Wrote " + dir.resolve(JSON) + " and " + dir.resolve(JUNIT) + ".");
    } catch (IOException e) {
      out.println("  Cannot write the coverage files into " + dir + ": " + e.getMessage());
    }
    out.flush();
  }
}
