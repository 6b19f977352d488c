package org.ivrpractice.channels.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Choice;

/**
 * The {@code <Gather>} of an awaited input: keys and speech, the node's timeout, and an action
 * requested even on silence, so that the engine counts no-inputs as it does on every channel.
 */
final class GatherRenderer {

  /** A Twilio class token that helps recognise spoken digit sequences (card numbers). */
  static final String DIGITS_HINT = "$OOV_CLASS_DIGIT_SEQUENCE";

  private final Voices voices;

  GatherRenderer(Voices voices) {
    this.voices = voices;
  }

  Gather gather(Awaiting awaiting, String locale, String action, List<Say> says) {
    Gather.Builder gather =
        new Gather.Builder()
            .inputs(List.of(Gather.Input.DTMF, Gather.Input.SPEECH))
            .action(action)
            .method(HttpMethod.POST)
            .timeout(awaiting.timeoutSeconds())
            .actionOnEmptyResult(true);
    voices.recognise(gather, locale);
    Set<String> hints = new LinkedHashSet<>();
    if (awaiting instanceof Awaiting.MenuChoice menu) {
      // One key decides; '#' is a key like the others, not the end of entry.
      gather.numDigits(1).finishOnKey("");
      menu.options().forEach(option -> hints.addAll(option.synonyms()));
    } else if (awaiting instanceof Awaiting.DigitEntry entry) {
      gather.finishOnKey(entry.finishKey() == null ? "" : entry.finishKey());
      if (entry.minLength() == entry.maxLength() && entry.finishKey() == null) {
        // With a finish key the caller is told to press it: completing early would send that key
        // to the next menu instead.
        gather.numDigits(entry.maxLength());
      }
      hints.add(DIGITS_HINT);
    }
    for (Choice escape : awaiting.escapes()) {
      hints.addAll(escape.synonyms());
    }
    if (!hints.isEmpty()) {
      gather.hints(String.join(", ", hints));
    }
    says.forEach(gather::say);
    return gather.build();
  }
}
