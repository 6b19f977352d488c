package org.ivrpractice.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How sensitive digits (card numbers, security codes) are kept: masked for display and as a SHA-256
 * digest for lookups, never in clear. {@link #shown} is the one way every channel, log and report
 * shows what a caller typed or said.
 */
public final class SensitiveDigits {

  /** The mask character that stands for a hidden digit. */
  static final char HIDDEN = '•';

  /** How many trailing digits a long enough value shows. */
  private static final int SHOWN = 4;

  /**
   * Values shorter than this are hidden entirely: showing the last four of a three-digit security
   * code would show all of it.
   */
  private static final int SHOW_FROM_LENGTH = 8;

  /** A fresh digest to clone: cloning skips the provider look-up of {@code getInstance}. */
  private static final MessageDigest SHA_256 = sha256();

  private static final HexFormat HEX = HexFormat.of();

  /**
   * How many digits make a run that could be a card number wherever it is typed: the shortest card
   * numbers have 12 (most have 15 or 16).
   */
  public static final int CARD_LIKE_DIGITS = 12;

  /**
   * A run of digits that could be a card number: 12 or more digits, written together or in groups
   * split by one space or dash ({@code 3782 822463 10005}).
   */
  private static final Pattern CARD_LIKE =
      Pattern.compile("\\d(?:[ -]?\\d){" + (CARD_LIKE_DIGITS - 1) + ",}");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private SensitiveDigits() {}

  /** {@code "•••••••••••0005"}: every digit hidden but the last four (all of them when short). */
  public static String mask(String digits) {
    int shown = digits.length() >= SHOW_FROM_LENGTH ? SHOWN : 0;
    int hidden = digits.length() - shown;
    char[] masked = new char[digits.length()];
    Arrays.fill(masked, 0, hidden, HIDDEN);
    digits.getChars(hidden, digits.length(), masked, hidden);
    return new String(masked);
  }

  /**
   * Keys or words as the product shows them (terminal, transcripts, the JSON API, score cards and
   * routes, logs, reports): every run of digits that could be a card number is masked as {@link
   * #mask} does ({@code 378282246310005#} is shown {@code •••••••••••0005#}), and at a sensitive
   * entry every digit is; everything else (a finish key, a menu key, words) is shown as it is.
   *
   * @param sensitive true when the text was entered at a sensitive digit collection
   */
  public static String shown(String text, boolean sensitive) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher m = (sensitive ? DIGITS : CARD_LIKE).matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    do {
      out.append(text, from, m.start()).append(maskKeepingSeparators(m.group()));
      from = m.end();
    } while (m.find());
    return out.append(text, from, text.length()).toString();
  }

  /** True when the text holds a run of digits that could be a card number. */
  public static boolean holdsCardLikeNumber(String text) {
    return text != null && CARD_LIKE.matcher(text).find();
  }

  /** Masks the digits of a run as {@link #mask} would, keeping its spaces and dashes. */
  private static String maskKeepingSeparators(String run) {
    int digits = 0;
    for (int i = 0; i < run.length(); i++) {
      digits += Character.isDigit(run.charAt(i)) ? 1 : 0;
    }
    int hidden = digits - (digits >= SHOW_FROM_LENGTH ? SHOWN : 0);
    char[] out = run.toCharArray();
    for (int i = 0, seen = 0; i < out.length && seen < hidden; i++) {
      if (Character.isDigit(out[i])) {
        out[i] = HIDDEN;
        seen++;
      }
    }
    return new String(out);
  }

  /** The digits a masked value still shows (may be empty). */
  static String visibleTail(String masked) {
    int i = masked.lastIndexOf(HIDDEN);
    return masked.substring(i + 1);
  }

  /** The lower-case hex SHA-256 of the text. */
  static String digest(String text) {
    MessageDigest sha;
    try {
      sha = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      sha = sha256();
    }
    return HEX.formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
