package org.ivrpractice.practice;

/**
 * What {@code POST /api/calls/{id}/hint} answers: the next step of the quickest route to the
 * mission's goal from where the call is.
 *
 * @param step what to do, for example {@code press 1} or {@code say agent}
 * @param detail what it chooses, when known ({@code for a lost or stolen card}), or null
 * @param hints how many hints the call has used, this one included
 */
public record Hint(String step, String detail, int hints) {}
