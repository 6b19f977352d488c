package org.ivrpractice.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ivrpractice.channels.terminal.TerminalSimulator;
import org.ivrpractice.engine.Engine;
import org.ivrpractice.engine.SavedRecords;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.flow.FlowRevision;
import org.ivrpractice.flow.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simulate <flowId>}: a practice call in the terminal. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Run a practice call in the terminal, as on a phone.",
    description = {
      "Runs a practice call in the terminal. At each prompt type keys (1, or a card number then"
          + " #), words to say (agent, I lost my card; 'say' before them is optional), or hangup."
          + " Saying nothing until the prompt's timeout is silence, as on a phone; an empty line is"
          + " silence at once. Card numbers are masked in what is printed."
    })
final class SimulateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FLOW", description = "The flow's id, for example card-services.")
  String flowId;

  @Option(
      names = "--flows",
      paramLabel = "DIR",
      defaultValue = "ivr-flows",
      description = "The folder of flow files (default: ${DEFAULT-VALUE}).")
  Path flowsDir;

  @Option(
      names = "--locale",
      paramLabel = "LOCALE",
      description = "en-US or es-US (default: the flow's first).")
  String locale;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Seed for reference numbers, so a call can be replayed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--script",
      paramLabel = "FILE",
      description =
          "Read the caller's input from this file, one entry a line, instead of the keyboard.")
  Path script;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    FlowCatalog flows = FlowCatalog.of(flowsDir);
    Flow flow = flows.line(flowId).orElse(null);
    String refusal = flow == null ? noSuchFlow(flows) : refusal(flow);
    if (refusal != null) {
      err.println(refusal);
      err.flush();
      return 2;
    }
    TerminalSimulator simulator =
        new TerminalSimulator(
            new Engine(SavedRecords.inMemory()), ScriptedCalls.analyticsOfApplication());
    String revision = flows.current(flowId).map(FlowRevision::id).orElse(null);
    PrintWriter out = spec.commandLine().getOut();
    if (script == null) {
      simulator.run(flow, revision, locale, seed, lineSource(), out);
      return 0;
    }
    try (BufferedReader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
      simulator.run(flow, revision, locale, seed, TerminalSimulator.LineSource.of(reader), out);
    }
    return 0;
  }

  /** The folder's problems, if any, and the one sentence for a line that is not there. */
  private String noSuchFlow(FlowCatalog flows) {
    String problems = flows.result().ok() ? "" : Problems.report(flows.result().problems()) + "\n";
    return problems
        + "No runnable flow '"
        + flowId
        + "' in "
        + flowsDir
        + ". "
        + flows.knownLines();
  }

  /** Why the call cannot run as asked (a locale the flow does not speak, no script), or null. */
  private String refusal(Flow flow) {
    if (locale != null && !flow.locales().contains(locale)) {
      return "The flow speaks " + flow.locales() + ", not " + locale + ".";
    }
    if (script != null && !Files.isRegularFile(script)) {
      return "No script file " + script + ".";
    }
    return null;
  }

  /**
   * The keyboard on a real timer (silence after the prompt's timeout), hiding sensitive entries,
   * when there is a console; else standard input as it comes (a pipe).
   */
  private static TerminalSimulator.LineSource lineSource() {
    Console console = System.console();
    if (console == null) {
      return TerminalSimulator.LineSource.of(
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }
    return TerminalSimulator.LineSource.timed(
        secret -> {
          if (secret) {
            char[] typed = console.readPassword();
            return typed == null ? null : new String(typed);
          }
          return console.readLine();
        });
  }
}
