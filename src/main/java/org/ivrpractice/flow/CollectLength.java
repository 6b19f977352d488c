package org.ivrpractice.flow;

/**
 * Whether a collect's length can be entered at all, and fits its check: a Luhn number needs two
 * digits, a date four or eight, an amount in cents at most nine.
 */
final class CollectLength {

  /** The most digits a caller is asked to key in one go. */
  static final int MAX_DIGITS = 30;

  private CollectLength() {}

  /**
   * What is wrong with a collect's length, and how to fix it; null when the length can be met.
   *
   * @return the problem and its fix
   */
  static String[] problem(Node.Collect n) {
    String[] range = rangeProblem(n);
    return range != null ? range : checkProblem(n);
  }

  /** A length that cannot be keyed at all. */
  private static String[] rangeProblem(Node.Collect n) {
    int min = n.minLength();
    int max = n.maxLength();
    if (min < 1 || max > MAX_DIGITS) {
      return new String[] {
        "a length of " + range(n) + " digits cannot be entered",
        "use a length from 1 to " + MAX_DIGITS
      };
    }
    if (min > max) {
      return new String[] {
        "the length range " + range(n) + " runs backwards",
        "write the shorter length first: length: \"" + max + "-" + min + "\""
      };
    }
    return null;
  }

  /** A length that the collect's check never accepts. */
  private static String[] checkProblem(Node.Collect n) {
    int min = n.minLength();
    int max = n.maxLength();
    return switch (n.check()) {
      case LUHN ->
          max < 2
              ? new String[] {
                "a Luhn check needs at least 2 digits, not " + range(n),
                "collect the whole number (a card number has 15 or 16 digits), or drop check:"
                    + " luhn"
              }
              : null;
      case DATE ->
          (min <= 4 && 4 <= max) || (min <= 8 && 8 <= max)
              ? null
              : new String[] {
                "a date is 4 (MMDD) or 8 (MMDDYYYY) digits, which a length of "
                    + range(n)
                    + " never allows",
                "write length: 4 or length: 8"
              };
      case AMOUNT ->
          min > 9
              ? new String[] {
                "an amount in cents has at most 9 digits, not " + range(n),
                "write a length up to 9, for example length: \"1-9\""
              }
              : null;
      case NONE -> null;
    };
  }

  private static String range(Node.Collect n) {
    return n.minLength() == n.maxLength()
        ? String.valueOf(n.minLength())
        : n.minLength() + "-" + n.maxLength();
  }
}
