package org.ivrpractice.engine;

/**
 * One thing the caller hears.
 *
 * @param text the words, with variables filled in and sensitive values masked
 * @param locale the locale it is spoken in, for example {@code en-US}
 */
public record Prompt(String text, String locale) {}
