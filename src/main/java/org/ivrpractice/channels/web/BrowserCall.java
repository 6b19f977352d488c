package org.ivrpractice.channels.web;

import org.ivrpractice.engine.CallState;
import org.ivrpractice.practice.PracticeCall;

/**
 * A browser call as it is kept between requests: the engine's state and the practice record (the
 * last turn, the transcript, the path and the tally). Nothing in it holds sensitive digits in
 * clear: the engine masks them in its state, and the transcript masks what was typed.
 *
 * @param id the call's random id
 * @param state the engine's state
 * @param practice what the practice call keeps beside it
 */
public record BrowserCall(String id, CallState state, PracticeCall practice) {

  public boolean ended() {
    return practice.ended();
  }
}
