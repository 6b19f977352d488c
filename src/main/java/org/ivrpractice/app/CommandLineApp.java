package org.ivrpractice.app;

import io.quarkus.runtime.QuarkusApplication;
import java.time.Duration;
import org.ivrpractice.session.CallAnalytics;

/** Runs the command-line commands inside Quarkus's command mode. */
public class CommandLineApp implements QuarkusApplication {

  /**
   * The longest a command waits, once done, for the summaries of the calls it made to reach the
   * call log (a Redis Stream with the Redis store).
   */
  static final Duration LOG_DRAIN = Duration.ofSeconds(2);

  @Override
  public int run(String... args) {
    int exit = IvrCommand.commandLine().execute(args);
    CallAnalytics analytics = ScriptedCalls.analyticsOfApplication();
    if (analytics != null) {
      analytics.drain(LOG_DRAIN);
    }
    return exit;
  }
}
