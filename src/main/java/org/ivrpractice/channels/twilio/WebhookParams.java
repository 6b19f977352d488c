package org.ivrpractice.channels.twilio;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ivrpractice.engine.Input;

/**
 * The form parameters of a Twilio webhook, read defensively: anything missing, malformed or huge
 * becomes a safe value (no call id, silence, an input that matches nothing) instead of an
 * exception.
 */
public final class WebhookParams {

  /** Longer key sequences match nothing: no collect is this long, and Twilio sends far less. */
  static final int MAX_DIGITS = 64;

  /** Longer utterances match nothing: no synonym is this long. */
  static final int MAX_SPEECH = 200;

  private static final Pattern CALL_SID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private final Map<String, String> values;

  private WebhookParams(Map<String, String> values) {
    this.values = values;
  }

  /** The first value of every parameter (Twilio sends each once). */
  public static WebhookParams of(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    if (form != null) {
      form.forEach(
          (name, list) -> {
            if (name != null && list != null && !list.isEmpty() && list.get(0) != null) {
              values.put(name, list.get(0));
            }
          });
    }
    return new WebhookParams(values);
  }

  public static WebhookParams of(Map<String, String> values) {
    return new WebhookParams(new LinkedHashMap<>(values));
  }

  /** Every parameter, as the signature covers them (a read-only view: no copy per request). */
  public Map<String, String> all() {
    return Collections.unmodifiableMap(values);
  }

  /** The call's id when present and well-formed. */
  public Optional<String> callSid() {
    return Optional.ofNullable(values.get("CallSid")).filter(s -> CALL_SID.matcher(s).matches());
  }

  /** {@link #input(int, int)} within the default bounds. */
  public Input input() {
    return input(MAX_DIGITS, MAX_SPEECH);
  }

  /**
   * What the caller did at a {@code <Gather>}: keys if any were pressed, else what was said, else
   * silence (Twilio posts neither when the gather times out empty). Keys or words longer than the
   * bounds are an input that matches nothing (the caller hears the line's no-match prompt), not a
   * part of them that might.
   */
  public Input input(int maxDigits, int maxSpeech) {
    String digits = values.getOrDefault("Digits", "").strip();
    if (digits.length() > maxDigits) {
      return Input.digits("");
    }
    digits = CONTROL.matcher(digits).replaceAll("");
    if (!digits.isEmpty()) {
      return Input.digits(digits);
    }
    String speech = values.getOrDefault("SpeechResult", "").strip();
    if (speech.length() > maxSpeech) {
      return Input.speech("");
    }
    speech = CONTROL.matcher(speech).replaceAll(" ").strip();
    if (!speech.isEmpty()) {
      return Input.speech(speech);
    }
    return Input.silence();
  }

  /** A text parameter, stripped and cut to {@code max} characters; empty when absent. */
  public String text(String name, int max) {
    String value = values.get(name);
    if (value == null) {
      return "";
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  /** A whole-number parameter, or {@code otherwise} when absent or not a number. */
  public int number(String name, int otherwise) {
    String value = text(name, 12);
    try {
      return value.isEmpty() ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** A status word ({@code completed}, {@code no-answer}), lower case; empty when absent. */
  public String status(String name) {
    return text(name, 32).toLowerCase(java.util.Locale.ROOT);
  }

  /** The terminal statuses of a call, after which Twilio sends nothing more about it. */
  static final List<String> FINAL_CALL_STATUSES =
      List.of("completed", "busy", "no-answer", "failed", "canceled");
}
