package org.ivrpractice.channels.twilio;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.ivrpractice.engine.Input;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.testing.CallDriver;
import org.ivrpractice.testing.CallView;

/**
 * Runs scenario calls over the Twilio webhooks with a {@link TwilioCallClient}. Where the call is
 * comes from the {@code node} parameter of the gather's action; how it ended, from the outcome the
 * server recorded (TwiML says "hang up", not why).
 */
final class TwilioCallDriver implements CallDriver {

  private final TwilioCallClient client;
  private final Function<String, Optional<CallOutcome>> outcomes;

  /**
   * @param outcomes the server's record of how each call ended, by CallSid
   */
  TwilioCallDriver(TwilioCallClient client, Function<String, Optional<CallOutcome>> outcomes) {
    this.client = client;
    this.outcomes = outcomes;
  }

  @Override
  public CallView start(String flowId, String locale, long seed) {
    return view(client.call(TwilioRoutes.voice(flowId, locale, seed)));
  }

  @Override
  public CallView send(Input input) {
    TwilioCallClient.Turn turn;
    if (input instanceof Input.Digits digits) {
      turn = client.press(digits.digits());
    } else if (input instanceof Input.Speech speech) {
      turn = client.say(speech.text());
    } else if (input instanceof Input.Silence) {
      turn = client.silence();
    } else {
      turn = client.hangUp();
    }
    return view(turn);
  }

  private CallView view(TwilioCallClient.Turn turn) {
    if (!turn.ended()) {
      return new CallView(turn.heard(), node(turn.gatherAction()), null, false);
    }
    CallOutcome outcome =
        outcomes
            .apply(client.callSid())
            .filter(o -> o.outcome() != null)
            .orElseThrow(() -> new AssertionError("the server recorded no outcome for the call"));
    Outcome how = Outcome.valueOf(outcome.outcome().toUpperCase().replace('-', '_'));
    return new CallView(turn.heard(), null, new CallView.Ended(how, outcome.queue()), false);
  }

  /** The {@code node} query parameter of a gather's action. */
  static String node(String action) {
    String query = URI.create(action).getQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(TwilioRoutes.NODE + "=")) {
        return pair.substring(TwilioRoutes.NODE.length() + 1);
      }
    }
    return null;
  }
}
