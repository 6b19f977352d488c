package org.ivrpractice.engine;

import java.util.List;
import java.util.Objects;

/**
 * Something the caller can say or press now.
 *
 * @param digit the key, or null for a speech-only escape
 * @param synonyms the words that choose it
 * @param label what it is, in the call's locale (for menu options; the escape's name for escapes)
 */
public record Choice(String digit, List<String> synonyms, String label) {

  /**
   * Hashes the synonyms by their count only: a turn's choices are hashed on every webhook request
   * (the TwiML cache's key holds them), a menu has dozens of synonyms, and equal choices still hash
   * alike; {@code equals} compares them all.
   */
  @Override
  public int hashCode() {
    return (Objects.hashCode(digit) * 31 + synonyms.size()) * 31 + Objects.hashCode(label);
  }
}
