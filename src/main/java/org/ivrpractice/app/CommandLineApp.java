package org.ivrpractice.app;

import io.quarkus.runtime.QuarkusApplication;

/** Runs the command-line commands inside Quarkus's command mode. */
public class CommandLineApp implements QuarkusApplication {

  @Override
  public int run(String... args) {
    return IvrCommand.commandLine().execute(args);
  }
}
