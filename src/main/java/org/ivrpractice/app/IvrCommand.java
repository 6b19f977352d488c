package org.ivrpractice.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: the server when run without a subcommand, else one of these. */
@Command(
    name = "ivr-practice",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    description = {
      "Practise and test phone menus (IVRs) written as YAML flows.",
      "Without arguments, the jar runs the server (http://localhost:8080/)."
    },
    subcommands = {
      CheckCommand.class,
      SimulateCommand.class,
      TestCommand.class,
      ExploreCommand.class,
      DiffCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      CrowdCommand.class,
      CommandLine.HelpCommand.class
    })
public final class IvrCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line, with errors and usage written for people. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new IvrCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
