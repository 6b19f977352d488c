package org.ivrpractice.flow;

/**
 * A flow's defaults for the nodes that wait for the caller ({@code defaults:}, else the built-in
 * ones), which each node's own keys override.
 *
 * @param fallback the node after the retries, or null for the agent escape's node
 */
record InputDefaults(int timeout, int retries, Text noInput, Text noMatch, String fallback) {}
