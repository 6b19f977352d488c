package org.ivrpractice.analytics;

import java.util.List;

/** Call summaries made by hand for tests. */
public final class Summaries {

  private Summaries() {}

  /** A self-served browser call that started at {@code startedAt} and lasted 5 s. */
  public static CallSummary selfServed(String id, String flow, long startedAt) {
    return new CallSummary(
        id,
        flow,
        "r1",
        "browser",
        "en-US",
        null,
        false,
        startedAt,
        5_000,
        List.of(flow + "/welcome", flow + "/main", flow + "/hours"),
        0,
        new CallTrace.Inputs(1, 0, 0),
        List.of(),
        List.of(),
        0,
        CallSummary.SELF_SERVED,
        flow + "/hours",
        null,
        null,
        null);
  }

  /** A transferred Twilio call. */
  public static CallSummary transferred(
      String id, String flow, long startedAt, String queue, long toAgentMs) {
    return new CallSummary(
        id,
        flow,
        "r1",
        "twilio",
        "en-US",
        null,
        false,
        startedAt,
        toAgentMs,
        List.of(flow + "/welcome", flow + "/main", flow + "/agent"),
        0,
        new CallTrace.Inputs(1, 0, 0),
        List.of(),
        List.of("agent"),
        0,
        CallSummary.TRANSFERRED,
        flow + "/agent",
        queue,
        toAgentMs,
        null);
  }

  /** A summary with every part set. */
  public static CallSummary full() {
    return new CallSummary(
        "full-1",
        "card-services",
        "0123456789ab",
        "scripted",
        "es-US",
        "lost-card",
        false,
        1_700_000_000_000L,
        61_500,
        List.of("card-services/welcome", "card-services/main-menu", "lost-card/ask-card"),
        3,
        new CallTrace.Inputs(2, 1, 1),
        List.of(
            new CallTrace.Reprompt("card-services/main-menu", CallTrace.Reprompt.NO_MATCH),
            new CallTrace.Reprompt("lost-card/ask-card", CallTrace.Reprompt.NO_INPUT)),
        List.of("agent", "repeat"),
        1,
        CallSummary.ABANDONED,
        "lost-card/ask-card",
        null,
        null,
        Boolean.FALSE);
  }
}
