package org.ivrpractice.engine;

import java.util.List;

/**
 * Something the caller can say or press now.
 *
 * @param digit the key, or null for a speech-only escape
 * @param synonyms the words that choose it
 * @param label what it is, in the call's locale (for menu options; the escape's name for escapes)
 */
public record Choice(String digit, List<String> synonyms, String label) {}
