package org.ivrpractice.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ivrpractice.analytics.Crowd;
import org.ivrpractice.analytics.CrowdFile;
import org.ivrpractice.analytics.CrowdReport;
import org.ivrpractice.analytics.CrowdTable;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.practice.MissionLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crowd LINE --callers N --seed S}: runs a practice crowd of simulated callers through a
 * line, with no network, and prints what it predicts.
 */
@Command(
    name = "crowd",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Run simulated callers through a line: predicted containment, abandonment, waits.",
    description = {
      "Runs N simulated callers through the line's flow with the real engine, no network: each"
          + " with a goal drawn from the line's missions and queues, and a profile from the crowd"
          + " file beside the flows (<line>.crowd.yaml, else crowd.yaml, else built-in ones)."
          + " Prints the predicted containment, outcomes, transfers per queue, where callers"
          + " hung up and the time to an agent. The same seed gives the same report.",
      "Exit code 0 when the crowd ran, 1 when the flows or the crowd file have problems, 2 for a"
          + " line that does not exist. See docs/crowd.md."
    })
final class CrowdCommand implements Callable<Integer> {

  /** The most callers one run takes. */
  static final int MAX_CALLERS = 1_000_000;

  @Parameters(paramLabel = "LINE", description = "The phone line's id, such as card-services.")
  String lineId;

  @Option(
      names = "--callers",
      paramLabel = "N",
      description = "How many simulated callers (default: ${DEFAULT-VALUE}).")
  int callers = 1000;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed: the same seed gives the same report (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--flows",
      paramLabel = "DIR",
      description = "The flows folder (default: ${DEFAULT-VALUE}).")
  Path flows = Path.of("ivr-flows");

  @Option(
      names = "--profiles",
      paramLabel = "FILE",
      description = "A crowd file to use instead of the one beside the flows.")
  Path profiles;

  @Option(names = "--json", description = "Print the report as JSON instead of a table.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    try {
      return run(out);
    } finally {
      out.flush();
    }
  }

  private int run(PrintWriter out) throws JsonProcessingException {
    if (callers < 1 || callers > MAX_CALLERS) {
      out.println("--callers must be from 1 to " + MAX_CALLERS + ", not " + callers + ".");
      return 2;
    }
    LoadResult loaded = FlowLoader.load(List.of(flows));
    if (!loaded.ok()) {
      out.println(Problems.report(loaded.problems()));
      out.println(
          "Fix these first: a crowd runs only through valid flows ('check' says the same).");
      return 1;
    }
    Map<String, Flow> lines = loaded.flows();
    Flow line = lines.get(lineId);
    if (line == null || line.isSubflow()) {
      out.println(noSuchLine(lines));
      return 2;
    }
    CrowdFile.Profiles declared =
        profiles != null ? CrowdFile.load(profiles) : CrowdFile.load(flows, lineId);
    if (!declared.ok()) {
      out.println(Problems.report(declared.problems()));
      out.println("Fix the crowd file first (docs/crowd.md describes it).");
      return 1;
    }
    long started = System.nanoTime();
    MissionLoader.MissionSet missions = MissionLoader.load(flows, lines);
    Crowd crowd = Crowd.of(line, missions.of(lineId), declared.profiles());
    long explored = System.nanoTime();
    CrowdReport report = crowd.run(callers, seed);
    long ended = System.nanoTime();
    if (json) {
      out.println(asJson(report));
    } else {
      printTable(out, report, declared, explored - started, ended - explored);
    }
    return 0;
  }

  private static String asJson(CrowdReport report) throws JsonProcessingException {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
        .writeValueAsString(report);
  }

  /** The report as a table, where its profiles came from and how long each part took. */
  private void printTable(
      PrintWriter out,
      CrowdReport report,
      CrowdFile.Profiles declared,
      long exploringNanos,
      long callingNanos) {
    out.print(CrowdTable.format(report));
    out.println("Profiles from " + declared.source() + ".");
    out.println(
        String.format(
            Locale.ROOT,
            "Ran %d callers in %.1f s (the line explored in %.1f s, the calls in %.1f s) on %d"
                + " cores.",
            callers,
            (exploringNanos + callingNanos) / 1e9,
            exploringNanos / 1e9,
            callingNanos / 1e9,
            Runtime.getRuntime().availableProcessors()));
  }

  private String noSuchLine(Map<String, Flow> lines) {
    List<String> known =
        lines.values().stream().filter(f -> !f.isSubflow()).map(Flow::id).sorted().toList();
    return "There is no phone line '"
        + lineId
        + "' in "
        + flows
        + ". The lines are: "
        + String.join(", ", known)
        + ".";
  }
}
