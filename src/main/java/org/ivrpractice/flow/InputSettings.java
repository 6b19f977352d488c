package org.ivrpractice.flow;

import java.util.Set;

/**
 * How a node that waits for the caller handles silence and wrong input, with the flow's defaults
 * already applied.
 *
 * @param timeoutSeconds silence longer than this is a no-input
 * @param retries how many re-prompts after no-input (and, counted separately, after no-match)
 * @param noInput said before re-prompting after silence
 * @param noMatch said before re-prompting after input that matches nothing
 * @param fallback the node after the limit; null means the {@code agent} escape's node
 * @param escapes the names of the global escapes active at this node
 */
public record InputSettings(
    int timeoutSeconds,
    int retries,
    Text noInput,
    Text noMatch,
    String fallback,
    Set<String> escapes) {}
