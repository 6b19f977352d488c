package org.ivrpractice.channels.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiML;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Enqueue;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.util.ArrayList;
import java.util.List;
import org.ivrpractice.channels.twilio.TwimlSettings.QueueRoute;
import org.ivrpractice.engine.Ending;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.flow.Outcome;

/**
 * Renders turns, and the channel's own answers, as TwiML documents with twilio-java's builders. The
 * only place TwiML is made. It contains no flow logic: what to say and what to wait for come from
 * the engine's turn; this decides only how Twilio should say and wait.
 */
public final class TwimlRenderer {

  /** Seconds of silence between two hold announcements. */
  static final int HOLD_PAUSE_SECONDS = 20;

  private final TwimlSettings settings;
  private final Voices voices;
  private final GatherRenderer gathers;
  private final String hangup =
      xml(new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build());
  private final String empty = xml(new VoiceResponse.Builder().build());

  public TwimlRenderer(TwimlSettings settings) {
    this.settings = settings;
    this.voices = new Voices(settings.voices());
    this.gathers = new GatherRenderer(voices);
  }

  /** A turn of a call: prompts in a {@code <Gather>} while input is awaited, else its ending. */
  public String turn(TurnDocument doc) {
    List<Say> says = new ArrayList<>();
    if (doc.preface() != null) {
      says.add(voices.say(doc.preface(), doc.locale()));
    }
    for (Prompt prompt : doc.prompts()) {
      says.add(voices.say(prompt.text(), prompt.locale()));
    }
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    if (doc.awaiting() != null) {
      String action = TwilioRoutes.input(doc.flowId(), doc.node());
      response.gather(gathers.gather(doc.awaiting(), doc.locale(), action, says));
      // Reached only if Twilio ignores actionOnEmptyResult: silence, reported the same way.
      response.redirect(new Redirect.Builder(action).method(HttpMethod.POST).build());
    } else {
      says.forEach(response::say);
      end(response, doc);
    }
    return xml(response.build());
  }

  /**
   * What a caller hears when the line fails: an apology, then the fallback number if one is
   * configured, else goodbye.
   *
   * @param reason what is said first ({@link CallerMessages#apology()} and the like)
   */
  public String apology(String reason, String locale) {
    CallerMessages messages = CallerMessages.of(locale);
    VoiceResponse.Builder response = new VoiceResponse.Builder().say(voices.say(reason, locale));
    if (settings.fallbackNumber() != null) {
      response
          .say(voices.say(messages.connectingToFallback(), locale))
          .dial(new Dial.Builder().number(settings.fallbackNumber()).build());
    } else {
      response.say(voices.say(messages.goodbye(), locale)).hangup(new Hangup.Builder().build());
    }
    return xml(response.build());
  }

  /** What a caller held in a Twilio queue hears before Twilio asks again. */
  public String queueWait(String locale, int position, int waitSeconds) {
    String status = CallerMessages.of(locale).queueStatus(position, waitSeconds);
    return xml(
        new VoiceResponse.Builder()
            .say(voices.say(status, locale))
            .pause(new Pause.Builder().length(HOLD_PAUSE_SECONDS).build())
            .build());
  }

  /** {@code <Response><Hangup/></Response>}. */
  public String hangup() {
    return hangup;
  }

  /** {@code <Response/>}: nothing to do (the answer to a status callback). */
  public String empty() {
    return empty;
  }

  private void end(VoiceResponse.Builder response, TurnDocument doc) {
    Ending ending = doc.ending();
    if (ending == null || ending.outcome() != Outcome.TRANSFERRED) {
      response.hangup(new Hangup.Builder().build());
      return;
    }
    QueueRoute route = settings.route(ending.queue()).orElse(null);
    if (route == null) {
      String hold =
          CallerMessages.of(doc.locale()).practiceHold(ending.position(), ending.waitSeconds());
      response.say(voices.say(hold, doc.locale())).hangup(new Hangup.Builder().build());
    } else if (route.enqueue()) {
      response.enqueue(
          new Enqueue.Builder(ending.queue())
              .waitUrl(TwilioRoutes.queueWait(doc.flowId(), ending.queue(), doc.locale()))
              .waitUrlMethod(HttpMethod.POST)
              .action(TwilioRoutes.queueResult(doc.flowId(), doc.locale()))
              .method(HttpMethod.POST)
              .build());
    } else {
      response.dial(
          new Dial.Builder()
              .action(TwilioRoutes.dialResult(doc.flowId(), doc.locale()))
              .method(HttpMethod.POST)
              .number(route.number())
              .build());
    }
  }

  private static String xml(TwiML twiml) {
    try {
      return twiml.toXml();
    } catch (TwiMLException e) {
      throw new IllegalStateException("TwiML could not be written", e);
    }
  }
}
