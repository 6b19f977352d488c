package org.ivrpractice.engine;

/** The keys of a phone's keypad: the digits, star and pound. */
final class Keys {

  private Keys() {}

  static boolean isKey(char c) {
    return (c >= '0' && c <= '9') || c == '*' || c == '#';
  }

  /** True when every character is a key (and for no characters at all). */
  static boolean allKeys(String keys) {
    for (int i = 0; i < keys.length(); i++) {
      if (!isKey(keys.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the text is exactly one key. */
  static boolean oneKey(String keys) {
    return keys.length() == 1 && isKey(keys.charAt(0));
  }
}
