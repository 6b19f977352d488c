package org.ivrpractice.engine;

/** A call's new state and the turn that got there. */
public record Step(CallState state, Turn turn) {}
