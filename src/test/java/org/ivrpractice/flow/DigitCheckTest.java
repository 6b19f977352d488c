package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What entered digits must satisfy: Luhn card numbers, dates and amounts. */
class DigitCheckTest {

  @Test
  void practiceCardNumberPassesLuhn() {
    assertTrue(DigitCheck.LUHN.accepts("378282246310005"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"378282246310006", "378282246311005", "478282246310005"})
  void cardNumberWithOneDigitChangedFailsLuhn(String digits) {
    assertFalse(DigitCheck.LUHN.accepts(digits));
  }

  @Test
  void luhnCheckDigitCompletesAPayload() {
    assertEquals(5, DigitCheck.luhnCheckDigit("37828224631000"));
    assertTrue(
        DigitCheck.luhnValid("37828224631000" + DigitCheck.luhnCheckDigit("37828224631000")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "", "3782 8224 6310 005"})
  void luhnRefusesOneDigitNothingAndNonDigits(String digits) {
    assertFalse(DigitCheck.LUHN.accepts(digits));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0101, true",
    "1231, true",
    "0229, true", // MMDD: February 29 exists in some year
    "0230, false",
    "0431, false",
    "1301, false",
    "0001, false",
    "0100, false",
    "02292024, true", // leap year
    "02292000, true", // divisible by 400: leap
    "02292023, false",
    "02291900, false", // divisible by 100 but not 400: not leap
    "12311999, true",
    "01012101, false", // year out of range
    "022, false",
    "022920, false",
  })
  void datesAreMmddOrMmddyyyy(String digits, boolean valid) {
    assertEquals(valid, DigitCheck.DATE.accepts(digits));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "1, true",
    "4820, true",
    "999999999, true",
    "0, false",
    "000, false",
    "1000000000, false",
    "12a, false",
  })
  void amountsAreCentsAboveZeroUpToNineDigits(String digits, boolean valid) {
    assertEquals(valid, DigitCheck.AMOUNT.accepts(digits));
  }

  @Test
  void noCheckAcceptsAnyDigitsButNotNothing() {
    assertTrue(DigitCheck.NONE.accepts("0000"));
    assertFalse(DigitCheck.NONE.accepts(""));
    assertFalse(DigitCheck.NONE.accepts("12#"));
  }
}
