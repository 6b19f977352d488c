package org.ivrpractice.engine;

/**
 * Something that happened during a step, for transcripts, scores and coverage.
 *
 * @param kind what happened
 * @param flowId the flow of the node concerned
 * @param nodeId the node concerned
 * @param detail the option's digit, the escape's name, the counter's value, and so on (may be null)
 */
public record Event(Kind kind, String flowId, String nodeId, String detail) {

  /** The kinds of event. */
  public enum Kind {
    /** A node was entered; detail null. */
    ENTERED,
    /** A menu option was chosen; detail is its digit. */
    OPTION,
    /** A global escape was used; detail is its name. */
    ESCAPE,
    /** Silence at an input node; detail is the count. */
    NO_INPUT,
    /** Input that matched nothing, or digits that failed their check; detail is the count. */
    NO_MATCH,
    /** The retry limit was passed and the fallback taken; detail is "no-input" or "no-match". */
    FALLBACK,
    /** A collect accepted digits; detail null (the digits are never in an event). */
    COLLECTED,
    /** A lookup ran; detail is "found" or "not-found". */
    LOOKUP,
    /** A branch went to a case; detail is the case's index, or "else". */
    BRANCH,
    /** A record was saved for later calls; detail is its table. */
    SAVED,
    /** The call ended; detail is the outcome's YAML name. */
    ENDED
  }
}
