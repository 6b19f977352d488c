package org.ivrpractice.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.testing.lint.Linter;

/**
 * How long loading and validating a folder of flows takes in one JVM: the first load (cold: class
 * loading and the interpreter included, what a server start or a {@code check} pays) and the median
 * of the next loads (warm), then the lint that {@code check} adds. Prints one JSON line.
 *
 * <p>Usage: {@code FlowLoadTiming FOLDER [REPEATS]}.
 */
public final class FlowLoadTiming {

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long start = System.nanoTime();
    LoadResult first = FlowLoader.load(List.of(folder));
    long cold = System.nanoTime() - start;
    if (!first.ok()) {
      first.problems().stream().limit(20).forEach(p -> System.err.println(p.format()));
      throw new IllegalStateException(folder + ": " + first.problems().size() + " problem(s)");
    }
    long[] warm = new long[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      FlowLoader.load(List.of(folder));
      warm[i] = System.nanoTime() - t;
    }
    Arrays.sort(warm);
    long lintStart = System.nanoTime();
    var lint = Linter.lint(first.flows().values());
    long lintNanos = System.nanoTime() - lintStart;
    int nodes = first.flows().values().stream().mapToInt(f -> f.nodes().size()).sum();
    System.out.printf(
        "{\"folder\":\"%s\",\"flows\":%d,\"nodes\":%d,\"cold_ms\":%.1f,\"warm_ms\":%.1f,"
            + "\"lint_ms\":%.1f,\"lint_findings\":%d}%n",
        folder.getFileName(),
        first.flows().size(),
        nodes,
        cold / 1e6,
        warm[repeats / 2] / 1e6,
        lintNanos / 1e6,
        lint.findings().size());
  }

  private FlowLoadTiming() {}
}
