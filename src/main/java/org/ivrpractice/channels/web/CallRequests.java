package org.ivrpractice.channels.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ivrpractice.engine.Input;

/** The bodies the calls API accepts, read and checked with messages a person can act on. */
final class CallRequests {

  private CallRequests() {}

  /**
   * {@code {"flow": "card-services", "locale"?: "es-US", "mission"?: "report-stolen", "revision"?:
   * "3f2a...-draft"}}: a revision (a draft tried in the editor) instead of the line's current one.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Start(String flow, String locale, String mission, String revision) {}

  /**
   * {@code {"digits": "1"}}, {@code {"speech": "agent"}} or {@code {"silence": true}}, with the
   * turn it answers ({@code "turn": 3}) when the client knows it.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Caller(String digits, String speech, Boolean silence, Integer turn) {

    /** The input, within the bounds: at most {@code maxDigits} keys, {@code maxSpeech} chars. */
    Input toInput(int maxDigits, int maxSpeech) {
      int given =
          (digits != null ? 1 : 0)
              + (speech != null ? 1 : 0)
              + (Boolean.TRUE.equals(silence) ? 1 : 0);
      if (given != 1) {
        throw ApiProblem.badInput(
            "Send exactly one of {\"digits\": \"1\"}, {\"speech\": \"agent\"}"
                + " or {\"silence\": true}.");
      }
      if (digits != null) {
        if (digits.isEmpty() || digits.length() > maxDigits || !digits.matches("[0-9*#]+")) {
          throw ApiProblem.badInput(
              "\"digits\" holds the keys 0-9, * and # only (1 to "
                  + maxDigits
                  + " of them), not \""
                  + shorten(digits)
                  + "\""
                  + (digits.length() > maxDigits ? " (" + digits.length() + " characters)" : "")
                  + ".");
        }
        return new Input.Digits(digits);
      }
      if (speech != null) {
        if (speech.isBlank() || speech.length() > maxSpeech) {
          throw ApiProblem.badInput(
              "\"speech\" holds the words said: 1 to "
                  + maxSpeech
                  + " characters"
                  + (speech.length() > maxSpeech ? ", not " + speech.length() : "")
                  + ".");
        }
        return new Input.Speech(speech.strip());
      }
      return new Input.Silence();
    }
  }

  static <T> T read(ObjectMapper json, String body, Class<T> type, String example) {
    if (body == null || body.isBlank()) {
      throw ApiProblem.badInput("The request needs a JSON body, for example " + example + ".");
    }
    try {
      T value = json.readValue(body, type);
      if (value == null) {
        throw ApiProblem.badInput("The request needs a JSON object, for example " + example + ".");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ApiProblem.badInput(
          "The request body is not the JSON expected here (for example "
              + example
              + "): "
              + e.getOriginalMessage());
    }
  }

  private static String shorten(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}
