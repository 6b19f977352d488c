package org.ivrpractice.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How sensitive digits (card numbers, security codes) are kept: masked for display and as a SHA-256
 * digest for lookups, never in clear.
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
