package org.ivrpractice.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

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
    System.setProperty("quarkus.http.host-enabled", "false");
    System.setProperty("ivr.flows.validate-on-start", "false");
    try {
      Quarkus.run(CommandLineApp.class, args);
    } finally {
      // The command is done; a server started later in the same JVM (tests) must not inherit these.
      System.clearProperty("quarkus.http.host-enabled");
      System.clearProperty("ivr.flows.validate-on-start");
    }
  }
}
