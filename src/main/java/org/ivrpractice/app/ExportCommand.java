package org.ivrpractice.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.interop.StudioExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export studio FLOW}: one of our lines as a Twilio Studio flow definition. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Export a line as a Twilio Studio flow definition.",
    description = {"Writes a line in another tool's format. See docs/import.md."},
    subcommands = {ExportCommand.Studio.class})
final class ExportCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "studio",
      mixinStandardHelpOptions = true,
      versionProvider = ProjectVersion.class,
      header = "Export a line as a Twilio Studio flow definition (JSON).",
      description = {
        "Writes the Studio flow definition of the line (the JSON the Studio REST API v2 takes as"
            + " a Flow's definition) to standard output, or to --out FILE. Menus become a gather"
            + " with splits on its digits and words, sub-flows are inlined, no-input and"
            + " no-match are counted in flow variables, a second locale is chosen by the flow"
            + " variable locale, and lookups, reference numbers, saved cases and collect checks"
            + " call the Twilio Functions ivr-lookup, ivr-reference, ivr-save and ivr-check"
            + " (docs/import.md). import studio reads it back as the same line and sub-flows. A"
            + " text or condition Studio has no counterpart for is reported all at once, and"
            + " nothing is written (exit code 1)."
      })
  static final class Studio implements Callable<Integer> {

    @Parameters(paramLabel = "FLOW", description = "The line's id, for example hello.")
    String flowId;

    @Option(
        names = "--flows",
        paramLabel = "DIR",
        defaultValue = "ivr-flows",
        description = "The folder of flow files (default: ${DEFAULT-VALUE}).")
    Path flowsDir;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here, not to the output.")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter pw = spec.commandLine().getOut();
      try {
        return export(pw);
      } finally {
        pw.flush();
      }
    }

    private int export(PrintWriter pw) {
      FlowCatalog flows = FlowCatalog.of(flowsDir);
      Flow flow = flows.line(flowId).orElse(null);
      if (flow == null) {
        if (!flows.result().ok()) {
          pw.println(Problems.report(flows.result().problems()));
        }
        pw.println(
            "No line '"
                + flowId
                + "' in "
                + flowsDir
                + ". Fix: give one of: "
                + String.join(", ", flows.lineIds()));
        return 1;
      }
      StudioExporter.Export export = StudioExporter.export(flow);
      if (!export.ok()) {
        pw.println(Problems.report(export.problems()));
        pw.println("Nothing was written.");
        return 1;
      }
      if (out == null) {
        pw.print(export.json());
        return 0;
      }
      try {
        Files.writeString(out, export.json(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        pw.println("Cannot write " + out + ": " + e.getMessage());
        return 1;
      }
      pw.println("Wrote " + out + ".");
      return 0;
    }
  }
}
