package org.ivrpractice.channels.twilio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Twilio voice channel's settings: {@code ivr.twilio.}, practice calls to phones ({@code
 * ivr.practice-calls.}), how transfers reach people ({@code ivr.queues.}) and the benchmarks'
 * switch ({@code ivr.bench.}).
 */
@ConfigMapping(prefix = "ivr")
public interface TwilioConfig {

  /** The Twilio voice channel: webhooks, signature validation, voices, outbound practice calls. */
  Twilio twilio();

  /** Twilio settings. */
  interface Twilio {
    /** The flow {@code POST /twilio/voice} answers with. */
    @WithDefault("card-services")
    String defaultFlow();

    /** The account's auth token: signs webhooks and authenticates REST calls (keep it secret). */
    Optional<String> authToken();

    /**
     * Reject webhooks without a valid {@code X-Twilio-Signature} (turn off only to practise
     * locally).
     */
    @WithDefault("true")
    boolean validateSignature();

    /**
     * The server's public base URL as Twilio sees it ({@code https://abc.ngrok.app}) when behind a
     * proxy or tunnel: signatures are checked against it and outbound calls point their webhook at
     * it.
     */
    Optional<String> publicUrl();

    /**
     * A number ({@code +1...}) callers are sent to when the line fails; none: they hear goodbye.
     */
    Optional<String> fallbackNumber();

    /** The account SID ({@code AC...}), for outbound practice calls. */
    Optional<String> accountSid();

    /** The Twilio number outbound practice calls come from ({@code +1...}). */
    Optional<String> fromNumber();

    /** Where Twilio's REST API is reached; set only by tests, to a local stub. */
    Optional<String> apiBaseUrl();

    /** The {@code <Say>} voice per locale ({@code ivr.twilio.voice."en-US"=Polly.Joanna}). */
    Map<String, String> voice();

    /** How many rendered TwiML documents are kept for reuse. */
    @WithDefault("500")
    int twimlCacheSize();

    /** How many ended calls' outcomes are remembered (oldest forgotten first). */
    @WithDefault("200")
    int recentOutcomes();
  }

  /** Practice calls to phones ({@code POST /api/practice-calls}): an operator's feature. */
  PracticeCalls practiceCalls();

  /** Who may be rung, and how often. */
  interface PracticeCalls {
    /**
     * Serve {@code POST /api/practice-calls}, to signed-in operators only; off (404) unless true.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * The numbers a practice call may ring, as E.164 prefixes ({@code +1415555,+4420}); none: every
     * number is refused.
     */
    Optional<List<String>> allowedPrefixes();

    /** The most practice calls one number is rung in an hour. */
    @WithDefault("3")
    int perDestinationPerHour();

    /** The most practice calls one user places in an hour. */
    @WithDefault("10")
    int perUserPerHour();
  }

  /** Switches for the benchmarks ({@code bench/run}); all off in normal use. */
  Bench bench();

  /** Benchmark settings. */
  interface Bench {
    /**
     * Serve {@code POST /bench/twiml}, a fixed pre-rendered TwiML document, as the upper bound the
     * webhooks are measured against; off (404) unless the benchmark run turns it on.
     */
    @WithDefault("false")
    boolean limitEndpoint();
  }

  /** How transfers reach people on Twilio, per queue name ({@code ivr.queues."agents".number}). */
  Map<String, QueueRoute> queues();

  /**
   * Where a queue's transfers go on Twilio. No number and mode dial: a simulated hold (practice).
   */
  interface QueueRoute {
    /** The number a transfer dials ({@code +1...}); none: practice mode. */
    Optional<String> number();

    /** {@code dial} the number, or {@code enqueue} the caller in a Twilio queue of this name. */
    @WithDefault("dial")
    Mode mode();

    /** How a queue is reached. */
    enum Mode {
      /** {@code <Dial>} the queue's number. */
      DIAL,
      /** {@code <Enqueue>} the caller, announcing position and wait while they hold. */
      ENQUEUE
    }
  }
}
