package org.ivrpractice.channels.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ivrpractice.engine.Input;
import org.junit.jupiter.api.Test;

class WebhookParamsTest {

  @Test
  void keysWinOverSpeechAndNeitherIsSilence() {
    assertEquals(
        Input.digits("1"), WebhookParams.of(Map.of("Digits", "1", "SpeechResult", "two")).input());
    assertEquals(
        Input.speech("agent"), WebhookParams.of(Map.of("SpeechResult", " agent ")).input());
    assertEquals(
        Input.silence(), WebhookParams.of(Map.of("Digits", "", "SpeechResult", "  ")).input());
  }

  @Test
  void valuesPastTheBoundsMatchNothingAndControlsAreCleaned() {
    Input speech = WebhookParams.of(Map.of("SpeechResult", "agent ".repeat(10_000))).input();
    assertEquals(Input.speech(""), speech);
    Input digits =
        WebhookParams.of(Map.of("Digits", "9".repeat(WebhookParams.MAX_DIGITS + 1))).input();
    assertEquals(Input.digits(""), digits);
    assertEquals(Input.digits("123"), WebhookParams.of(Map.of("Digits", "1\n2\r3")).input());
    assertEquals(Input.speech("a b"), WebhookParams.of(Map.of("SpeechResult", "a\u0007b")).input());
    assertEquals(
        Input.speech("x".repeat(WebhookParams.MAX_SPEECH)),
        WebhookParams.of(Map.of("SpeechResult", "x".repeat(WebhookParams.MAX_SPEECH))).input());
  }

  @Test
  void aCallSidMustBeShortLettersAndDigits() {
    assertEquals("CA123", WebhookParams.of(Map.of("CallSid", "CA123")).callSid().orElseThrow());
    assertTrue(WebhookParams.of(Map.of("CallSid", "CA 1; drop")).callSid().isEmpty());
    assertTrue(WebhookParams.of(Map.of("CallSid", "C".repeat(65))).callSid().isEmpty());
    assertTrue(WebhookParams.of(Map.of()).callSid().isEmpty());
  }

  @Test
  void numbersThatAreNotNumbersFallBack() {
    WebhookParams params =
        WebhookParams.of(Map.of("QueuePosition", "x", "AvgQueueTime", "99999999999999"));
    assertEquals(1, params.number("QueuePosition", 1));
    assertEquals(0, params.number("AvgQueueTime", 0));
    assertEquals(7, params.number("Missing", 7));
  }
}
