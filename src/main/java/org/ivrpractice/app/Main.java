package org.ivrpractice.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Map;

/**
 * The jar's entry point: with no arguments it runs the server; with arguments it runs a command
 * ({@code check}, {@code simulate}, ...) with the HTTP listener off, so that stdout carries only
 * what the user reads.
 */
@QuarkusMain
public final class Main {

  Main() {}

  public static void main(String... args) {
    if (args.length == 0) {
      FlowPreload.start();
      Quarkus.run(args);
      return;
    }
    // A command prints what the user asked for, nothing of the framework's start and stop.
    Map<String, String> commandMode =
        Map.of(
            "quarkus.http.host-enabled", "false",
            "ivr.flows.validate-on-start", "false",
            "ivr.flows.watch", "false",
            "quarkus.log.level", "WARN");
    commandMode.forEach(System::setProperty);
    try {
      Quarkus.run(CommandLineApp.class, args);
    } finally {
      // The command is done; a server started later in the same JVM (tests) must not inherit these.
      commandMode.keySet().forEach(System::clearProperty);
    }
  }
}
