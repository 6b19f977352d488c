package org.ivrpractice.engine;

import java.util.SplittableRandom;
import org.ivrpractice.flow.DigitCheck;

/**
 * Case reference numbers: random digits from the call's seed, the first never 0, and a Luhn check
 * digit last so that a mistyped reference is caught when the caller enters it later.
 */
final class ReferenceNumbers {

  private ReferenceNumbers() {}

  /**
   * The reference number of a call.
   *
   * @param seed the call's seed
   * @param index how many references the call generated before this one
   * @param length how many digits, the check digit included
   */
  static String generate(long seed, int index, int length) {
    SplittableRandom random = new SplittableRandom(seed * 31 + index);
    StringBuilder payload = new StringBuilder();
    for (int i = 0; i < length - 1; i++) {
      payload.append(i == 0 ? random.nextInt(1, 10) : random.nextInt(10));
    }
    return payload.toString() + DigitCheck.luhnCheckDigit(payload.toString());
  }
}
