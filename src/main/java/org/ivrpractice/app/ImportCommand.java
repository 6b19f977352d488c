package org.ivrpractice.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.ivrpractice.interop.ConnectImporter;
import org.ivrpractice.interop.ImportResult;
import org.ivrpractice.interop.StudioImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import studio FILE} and {@code import connect FILE}: another tool's flow as ours. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Import a Twilio Studio or Amazon Connect flow as a flow file.",
    description = {
      "Converts a flow exported from another tool into a flow file (and its practice data), so"
          + " that it can be checked, simulated, explored and tested offline. See docs/import.md."
    },
    subcommands = {ImportCommand.Studio.class, ImportCommand.Connect.class})
final class ImportCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What both imports take and do: read the file, report, write the files. */
  abstract static class Import implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The exported flow (JSON).")
    Path file;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "ivr-flows",
        description = "The folder to write the flow into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Overwrite files that are already there.")
    boolean force;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    abstract BiFunction<String, String, ImportResult> importer();

    @Override
    public Integer call() {
      PrintWriter pw = spec.commandLine().getOut();
      try {
        return run(pw);
      } finally {
        pw.flush();
      }
    }

    private int run(PrintWriter pw) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        pw.println(file + ": cannot read: " + e.getMessage() + ". Fix: give an exported flow.");
        return 1;
      }
      ImportResult result = importer().apply(file.toString(), text);
      pw.print(result.report());
      if (!result.ok()) {
        pw.println("Nothing was written: fix these in the original and import it again.");
        return 1;
      }
      List<Path> existing =
          result.files().keySet().stream().map(out::resolve).filter(Files::exists).toList();
      if (!existing.isEmpty() && !force) {
        existing.forEach(p -> pw.println(p + " exists."));
        pw.println("Nothing was written: give --force to overwrite, or another --out folder.");
        return 1;
      }
      return write(result, pw);
    }

    private int write(ImportResult result, PrintWriter pw) {
      try {
        Files.createDirectories(out);
        for (var e : new TreeMap<>(result.files()).entrySet()) {
          Path written = out.resolve(e.getKey());
          Files.writeString(written, e.getValue(), StandardCharsets.UTF_8);
          pw.println("Wrote " + written + ".");
        }
      } catch (IOException e) {
        pw.println("Cannot write into " + out + ": " + e.getMessage());
        return 1;
      }
      pw.println(
          "Next: check "
              + out
              + ", simulate "
              + result.flowId()
              + " --flows "
              + out
              + ", explore --write-scenarios "
              + out
              + " "
              + out);
      return 0;
    }
  }

  @Command(
      name = "studio",
      mixinStandardHelpOptions = true,
      versionProvider = ProjectVersion.class,
      header = "Import a Twilio Studio flow definition (JSON) as a flow file.",
      description = {
        "Writes <id>.yaml (the id is the file's name) into --out: widget names are node ids, and"
            + " each node's comment says which widget it was and where it stood on the canvas."
            + " A function or HTTP request becomes a lookup in <id>.data.yaml, to fill in.",
        "Everything that cannot be converted is reported at once with its line and column, and"
            + " nothing is written (exit code 1). Traps of the original are warnings."
      })
  static final class Studio extends Import {
    @Override
    BiFunction<String, String, ImportResult> importer() {
      return StudioImporter::importFlow;
    }
  }

  @Command(
      name = "connect",
      mixinStandardHelpOptions = true,
      versionProvider = ProjectVersion.class,
      header = "Import an Amazon Connect flow (flow language JSON) as a flow file.",
      description = {
        "Writes <id>.yaml into --out with the actions' Identifiers as node ids. A Lambda call"
            + " becomes a lookup in <id>.data.yaml, to fill in; hours of operation a menu the"
            + " scenario or caller answers.",
        "Everything that cannot be converted is reported at once with its line and column, and"
            + " nothing is written (exit code 1)."
      })
  static final class Connect extends Import {
    @Override
    BiFunction<String, String, ImportResult> importer() {
      return ConnectImporter::importFlow;
    }
  }
}
