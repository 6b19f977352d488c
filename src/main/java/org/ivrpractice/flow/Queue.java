package org.ivrpractice.flow;

/**
 * A queue of agents that a transfer can name.
 *
 * @param name the queue's name in the flow
 * @param label what the simulators show, per locale (may be null)
 * @param waitSeconds the simulated estimated wait
 * @param position the simulated position in the queue
 * @param source where it is declared
 */
public record Queue(String name, Text label, int waitSeconds, int position, Position source) {}
