package org.ivrpractice.session;

import java.util.Objects;
import org.ivrpractice.engine.CallState;

/**
 * What is kept of a call between two requests: the engine's state, and whether the input the call
 * waits for is sensitive (a card number), so that the channel masks it in its logs before the
 * engine has seen it. Serialised as JSON; it never holds entered digits in clear.
 *
 * @param state the engine's state of the call
 * @param sensitiveInput true when the call waits for a sensitive digit entry
 */
public record CallSession(CallState state, boolean sensitiveInput) {

  public CallSession {
    Objects.requireNonNull(state, "state");
  }
}
