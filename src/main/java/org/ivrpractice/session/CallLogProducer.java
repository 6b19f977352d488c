package org.ivrpractice.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ivrpractice.analytics.CallLog;
import org.ivrpractice.analytics.InMemoryCallLog;

/**
 * Makes the call log that ended calls' summaries go to ({@code ivr.analytics.log-size} of them).
 */
@ApplicationScoped
public class CallLogProducer {

  @Produces
  @Singleton
  CallLog callLog(AnalyticsConfig analytics, SessionConfig sessions) {
    return chosen(analytics, sessions);
  }

  /**
   * The one place the log's kind is chosen. Every store keeps it in this process's memory for now,
   * so with the Redis store each instance exports only the calls that ended on it; a log in Redis
   * shared by the instances (a stream, trimmed to the same size) takes the Redis store's place
   * here.
   */
  static CallLog chosen(AnalyticsConfig analytics, SessionConfig sessions) {
    return switch (sessions.store()) {
      case MEMORY, REDIS -> new InMemoryCallLog(analytics.logSize());
    };
  }
}
