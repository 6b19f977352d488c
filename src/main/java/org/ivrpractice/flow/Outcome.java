package org.ivrpractice.flow;

/** How a call ended. */
public enum Outcome {
  /** Handed to a queue of agents. */
  TRANSFERRED,
  /** The caller got what they needed from the automated line, which said goodbye. */
  SELF_SERVED,
  /**
   * The line hung up on the caller without resolving anything (for example after repeated silence).
   */
  HUNG_UP,
  /** The caller hung up before the call reached an ending. */
  ABANDONED;

  /** The YAML spelling: {@code self-served}, {@code hung-up}. */
  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
