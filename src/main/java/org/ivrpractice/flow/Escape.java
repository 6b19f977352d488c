package org.ivrpractice.flow;

import java.util.List;

/**
 * A global escape: a key or words that work at every menu and collect unless a node turns it off.
 *
 * @param name {@code agent}, {@code repeat} or a name the flow gives
 * @param digit the key, or null
 * @param synonyms the words that trigger it
 * @param target the node it goes to in the top-level flow; null for {@code repeat}
 * @param source where it is declared
 */
public record Escape(
    String name, String digit, List<String> synonyms, String target, Position source) {

  public static final String AGENT = "agent";
  public static final String REPEAT = "repeat";

  public boolean isRepeat() {
    return target == null;
  }
}
