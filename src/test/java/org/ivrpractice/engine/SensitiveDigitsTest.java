package org.ivrpractice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one way the product shows what a caller typed or said. */
class SensitiveDigitsTest {

  @Test
  void aCardNumberTypedAnywhereIsMaskedButItsFinishKey() {
    assertEquals("•••••••••••0005#", SensitiveDigits.shown("378282246310005#", false));
    assertEquals("*•••••••••••0005", SensitiveDigits.shown("*378282246310005", false));
  }

  @Test
  void twelveDigitsCouldBeACardNumberElevenCannot() {
    assertEquals("••••••••9012", SensitiveDigits.shown("123456789012", false));
    assertEquals("12345678901#", SensitiveDigits.shown("12345678901#", false));
  }

  @Test
  void aCardNumberSaidInGroupsIsMaskedKeepingItsSpaces() {
    assertEquals(
        "my card is •••• •••••• •0005 thanks",
        SensitiveDigits.shown("my card is 3782 822463 10005 thanks", false));
    assertEquals("••••-••••-••••-1111", SensitiveDigits.shown("4111-1111-1111-1111", false));
  }

  @Test
  void menuKeysAndWordsAreShownAsTheyAre() {
    assertEquals("1", SensitiveDigits.shown("1", false));
    assertEquals("I lost my card", SensitiveDigits.shown("I lost my card", false));
    assertEquals("call me at 555 0100", SensitiveDigits.shown("call me at 555 0100", false));
  }

  @Test
  void atASensitiveEntryEveryDigitIsMaskedAShortCodeWhole() {
    assertEquals("•••#", SensitiveDigits.shown("123#", true));
    assertEquals("•••••••••••0005#", SensitiveDigits.shown("378282246310005#", true));
    assertEquals("#", SensitiveDigits.shown("#", true));
  }

  @Test
  void aCardLikeNumberIsRecognisedInText() {
    assertTrue(SensitiveDigits.holdsCardLikeNumber("pressed 378282246310005#"));
    assertFalse(SensitiveDigits.holdsCardLikeNumber("pressed •••••••••••0005#"));
  }
}
