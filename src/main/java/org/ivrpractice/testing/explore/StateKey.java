package org.ivrpractice.testing.explore;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ivrpractice.engine.CallState;

/**
 * What makes two call states the same for a search: where the call is (flow, node and the sub-flow
 * calls under way), its locale, its counters, and the variables that can still change where it goes
 * ({@link LiveVariables}). The seed, the count of reference numbers and variables no later
 * condition or lookup reads are left out: they change what is said, not where the call can go.
 */
record StateKey(
    String flow,
    String node,
    List<CallState.Frame> calls,
    String locale,
    int noInputs,
    int noMatches,
    Map<String, String> variables,
    boolean ended) {

  static StateKey of(CallState state, Set<String> live) {
    Map<String, String> kept = new TreeMap<>();
    if (!state.ended()) {
      for (String name : live) {
        String value = state.variables().get(name);
        if (value != null) {
          kept.put(name, value);
        }
      }
    }
    return new StateKey(
        state.currentFlow(),
        state.node(),
        state.calls(),
        state.locale(),
        state.noInputs(),
        state.noMatches(),
        kept,
        state.ended());
  }

  /** The same state before any silence or unmatched input at its node. */
  StateKey withoutCounters() {
    return new StateKey(flow, node, calls, locale, 0, 0, variables, ended);
  }
}
