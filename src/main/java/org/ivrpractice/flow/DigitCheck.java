package org.ivrpractice.flow;

import java.util.Locale;

/** What entered digits must satisfy beyond their length. */
public enum DigitCheck {
  /** Anything of the right length. */
  NONE,
  /** The Luhn checksum that card numbers and our reference numbers carry. */
  LUHN,
  /** A calendar date as MMDD or MMDDYYYY. */
  DATE,
  /** An amount in cents, more than zero. */
  AMOUNT;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the digits pass this check. */
  public boolean accepts(String digits) {
    if (digits.isEmpty()) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (!Character.isDigit(digits.charAt(i))) {
        return false;
      }
    }
    return switch (this) {
      case NONE -> true;
      case LUHN -> digits.length() >= 2 && luhnValid(digits);
      case DATE -> validDate(digits);
      case AMOUNT -> digits.length() <= 9 && Long.parseLong(digits) > 0;
    };
  }

  /** True when the last digit is the Luhn check digit of the others. */
  public static boolean luhnValid(String digits) {
    return luhnCheckDigit(digits.substring(0, digits.length() - 1))
        == digits.charAt(digits.length() - 1) - '0';
  }

  /** The Luhn check digit to append to {@code payload}. */
  public static int luhnCheckDigit(String payload) {
    int sum = 0;
    boolean twice = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean validDate(String digits) {
    if (digits.length() != 4 && digits.length() != 8) {
      return false;
    }
    int month = Integer.parseInt(digits.substring(0, 2));
    int day = Integer.parseInt(digits.substring(2, 4));
    int year = digits.length() == 8 ? Integer.parseInt(digits.substring(4)) : 2000;
    if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }
}
