package org.ivrpractice.channels.twilio;

import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Speaks text with the configured voice of its locale, and names the locale's speech recognition
 * language. Twilio's enums are used where they know the value; an unknown voice or language is
 * still passed on as written, so a new Twilio voice works without a library upgrade.
 */
final class Voices {

  private static final Map<String, Say.Voice> SAY_VOICES = byName(Say.Voice.values());
  private static final Map<String, Say.Language> SAY_LANGUAGES = byName(Say.Language.values());
  private static final Map<String, Gather.Language> GATHER_LANGUAGES =
      byName(Gather.Language.values());

  private final Map<String, String> voiceByLocale;

  Voices(Map<String, String> voiceByLocale) {
    this.voiceByLocale = voiceByLocale;
  }

  /** {@code <Say voice="..." language="...">text</Say>}. */
  Say say(String text, String locale) {
    Say.Builder say = new Say.Builder(text);
    String voice = locale == null ? null : voiceByLocale.get(locale);
    if (voice != null) {
      Say.Voice known = SAY_VOICES.get(voice);
      if (known != null) {
        say.voice(known);
      } else {
        say.option("voice", voice);
      }
    }
    if (locale != null) {
      Say.Language known = SAY_LANGUAGES.get(locale);
      if (known != null) {
        say.language(known);
      } else {
        say.option("language", locale);
      }
    }
    return say.build();
  }

  /** Sets the language a {@code <Gather>} recognises speech in. */
  void recognise(Gather.Builder gather, String locale) {
    if (locale == null) {
      return;
    }
    Gather.Language known = GATHER_LANGUAGES.get(locale);
    if (known != null) {
      gather.language(known);
    } else {
      gather.option("language", locale);
    }
  }

  private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
    return Arrays.stream(values)
        .collect(Collectors.toMap(Object::toString, Function.identity(), (a, b) -> a));
  }
}
